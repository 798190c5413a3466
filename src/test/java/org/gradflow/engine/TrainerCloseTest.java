package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bytedeco.javacpp.Pointer;
import org.gradflow.engine.tensor.Arena;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;

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
        long residentBefore = Pointer.physicalBytes();

        assertThat(held).isGreaterThanOrEqualTo(estimate * 9 / 10);
        assertThat(Arena.openBytes() - arenasBefore).isEqualTo(held);

        trainer.close();

        assertThat(trainer.isClosed()).isTrue();
        assertThat(trainer.bufferBytes()).isZero();
        assertThat(Arena.openBytes()).isEqualTo(arenasBefore);
        // The process's resident memory fell by (at least most of) the buffers at once, without a garbage collection.
        assertThat(residentBefore - Pointer.physicalBytes()).isGreaterThanOrEqualTo(held * 3 / 4);
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
