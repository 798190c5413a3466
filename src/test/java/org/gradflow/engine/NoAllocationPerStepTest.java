package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.ResidualSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.profiler.OpProfiler;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A training step allocates no ND4J memory after the trainer is built. Three independent counters are watched while
 * hundreds of steps run (with batch norm, dropout, residual blocks, validation and histograms): our own count of
 * matrices allocated, JavaCPP's count of native pointers and bytes (every ND4J array creates pointers), and ND4J's
 * op profiler, which counts every ND4J operation executed (a step calls none: it uses BLAS and loops on the
 * preallocated buffers). The test first proves that one ND4J array and one ND4J op move these counters.
 */
class NoAllocationPerStepTest {
    private record Counters(long mats, long pointers, long pointerBytes, long nd4jOps) {
        static Counters now() {
            return new Counters(Mat.allocationCount(), Pointer.totalCount(), Pointer.totalBytes(),
                    OpProfiler.getInstance().getInvocationsCount());
        }
    }

    /** Collects garbage and runs JavaCPP's pending deallocations, then reads the counters. */
    private static Counters settled() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Pointer.deallocateReferences();
        }
        return Counters.now();
    }

    @AfterEach
    void profilerOff() {
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
    }

    @Test
    void stepsAllocateNoNd4jMemoryAfterWarmUp() {
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        Counters before = Counters.now();
        var probe = Nd4j.create(DataType.FLOAT, 64, 64);
        Counters afterArray = Counters.now();
        assertThat(afterArray.pointers()).as("one new ND4J array must be seen, else this test proves nothing")
                .isGreaterThan(before.pointers());
        probe.addi(1);
        assertThat(Counters.now().nd4jOps()).as("one ND4J op must be counted").isGreaterThan(afterArray.nd4jOps());

        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(LayerSpec.dense(32, ActivationKind.RELU, InitKind.HE_NORMAL));
        }
        layers.set(1, layers.get(1).withBatchNorm(NormPlacement.BEFORE_ACTIVATION));
        layers.set(2, layers.get(2).withDropout(0.2));
        layers.add(LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL));
        ExperimentSpec base = Experiments.deepRegression(8, 1, 32, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL), 3,
                32, 0.01, 1000);
        ExperimentSpec spec = base.withNetwork(new NetworkSpec(8, layers, List.of(new ResidualSpec(2, 2))));
        Trainer trainer = new Trainer(spec, TestData.classification(200, 8, 3, 4), Precision.FLOAT32);
        for (int i = 0; i < 50; i++) {
            trainer.step();
        }
        Counters warm = settled();
        for (int i = 0; i < 500; i++) {
            trainer.step();
        }
        Counters after = settled();
        // Native pointers of arrays that earlier tests dropped may still be freed meanwhile, so counts may fall,
        // but a step that allocated would raise them (all garbage was collected before the first reading).
        assertThat(after.mats()).isEqualTo(warm.mats());
        assertThat(after.nd4jOps()).isEqualTo(warm.nd4jOps());
        assertThat(after.pointers()).isLessThanOrEqualTo(warm.pointers());
        assertThat(after.pointerBytes()).isLessThanOrEqualTo(warm.pointerBytes());
        assertThat(trainer.stepCount()).isEqualTo(550);
    }
}
