package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.gradflow.engine.tensor.Arena;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** {@link Trainer#close()} frees the network's off-heap memory at once and leaves the trainer unusable. */
class TrainerCloseTest {
    @Test
    void closeFreesEveryBufferAndTheTrainerRefusesToStepAfterwards() {
        ExperimentSpec spec = Experiments.deepRegression(16, 6, 1024, ActivationKind.TANH, InitSpec.normal(0, 0.05),
                4, 128, 0.01, 100);
        long estimate = MemoryBudget.estimateBytes(spec.network(), 128, Precision.FLOAT32);
        long arenasBefore = Arena.openBytes();
        Trainer trainer = new Trainer(spec, TestData.regression(512, 16, 4, 3), Precision.FLOAT32);
        trainer.step();
        trainer.step();
        long held = trainer.bufferBytes();
        List<INDArray> weights = trainer.network().params().stream().flatMap(p -> Stream.of(p.value(), p.state1(),
                p.state2())).map(Mat::array).toList();

        assertThat(held).isGreaterThanOrEqualTo(estimate * 9 / 10);
        assertThat(Arena.openBytes() - arenasBefore).isEqualTo(held);

        trainer.close();

        assertThat(trainer.isClosed()).isTrue();
        assertThat(trainer.bufferBytes()).isZero();
        assertThat(Arena.openBytes()).isEqualTo(arenasBefore);
        // ND4J released the buffers at once, without a garbage collection (a single test run also sees the process's
        // resident memory fall by about the buffers' size, but the C allocator need not return freed memory).
        assertThat(weights).isNotEmpty().allSatisfy(a -> assertThat(a.wasClosed()).isTrue());
        assertThatThrownBy(trainer::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(trainer::snapshot).isInstanceOf(IllegalStateException.class);
        trainer.close(); // idempotent
        assertThat(Arena.openBytes()).isEqualTo(arenasBefore);
    }

    @Test
    void aTrainerThatCannotBeBuiltFreesWhatItAllocated() {
        ExperimentSpec spec = Experiments.deepRegression(16, 3, 64, ActivationKind.TANH, InitSpec.normal(0, 0.05),
                4, 32, 0.01, 10);
        long arenasBefore = Arena.openBytes();
        // Targets of the wrong width are refused before any allocation; the arena is not left collecting either.
        assertThatThrownBy(() -> new Trainer(spec, TestData.regression(64, 16, 5, 3), Precision.FLOAT32))
                .isInstanceOf(org.gradflow.model.InvalidSpecException.class);
        Trainer ok = new Trainer(spec, TestData.regression(64, 16, 4, 3), Precision.FLOAT32);
        assertThat(Arena.openBytes()).isGreaterThan(arenasBefore);
        ok.close();
        assertThat(Arena.openBytes()).isEqualTo(arenasBefore);
    }
}
