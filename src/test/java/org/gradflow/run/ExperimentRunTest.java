package org.gradflow.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;

class ExperimentRunTest {
    private static ExperimentSpec spiral(int depth, int width, long steps) {
        return spiral(depth, width, 64, steps);
    }

    private static ExperimentSpec spiral(int depth, int width, int batch, long steps) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(LayerSpec.dense(width, ActivationKind.TANH, InitKind.XAVIER_NORMAL));
        }
        layers.add(LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        DatasetSpec data = DatasetSpec.generated(DatasetKind.SPIRAL, 600, 0.1, 3).withClasses(3);
        TrainingSpec training = new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY,
                OptimizerSpec.of(OptimizerKind.ADAM, 0.01), org.gradflow.model.ClipSpec.NONE, 0, 0, batch, 1, steps, 50, 50);
        return new ExperimentSpec("spiral", 1, data, NetworkSpec.of(2, layers), training);
    }

    @Test
    void trainsAGeneratedDatasetAndRecordsEveryStep() throws Exception {
        ExperimentRun run = ExperimentRun.start(spiral(3, 32, 400), null, HistoryLimits.DEFAULT);
        List<Long> seen = new ArrayList<>();
        run.addListener(s -> seen.add(s.step()));
        run.runToEnd(() -> false);
        History h = run.history();
        assertThat(h.stepCount()).isEqualTo(400);
        assertThat(seen).hasSize(400).startsWith(1L, 2L).endsWith(400L);
        assertThat(h.latest().valAccuracy()).isGreaterThan(0.6);
        assertThat(h.layerCount()).isEqualTo(4);
    }

    @Test
    void stopRequestIsHonouredBetweenSteps() throws Exception {
        ExperimentRun run = ExperimentRun.start(spiral(2, 8, 1000), null, HistoryLimits.DEFAULT);
        run.runToEnd(() -> run.history().stepCount() >= 17);
        assertThat(run.history().stepCount()).isEqualTo(17);
        assertThat(run.trainer().finished()).isFalse();
    }

    /**
     * Acceptance: 10,000 steps of a 20 x 128 network keep the History within its bound, while the engine allocates
     * no new ND4J arrays after the first steps.
     */
    @Test
    void tenThousandStepsOfATwentyLayerNetworkStayWithinTheHistoryBound() throws Exception {
        HistoryLimits small = new HistoryLimits(100, 1_000, 256, 16, 16, 64, 8);
        ExperimentRun run = ExperimentRun.start(spiral(19, 128, 8, 10_000), null, small);
        for (int i = 0; i < 10; i++) {
            run.step();
        }
        long mats = Mat.allocationCount();
        long boundAfterWarmUp = 0;
        while (!run.trainer().finished()) {
            run.step();
            if (run.history().stepCount() == 2_000) {
                boundAfterWarmUp = run.history().estimatedBytes();
            }
        }
        History h = run.history();
        assertThat(h.stepCount()).isEqualTo(10_000);
        assertThat(Mat.allocationCount()).isEqualTo(mats);
        // Bounded: after the summary fills, the size no longer grows with steps.
        assertThat(h.estimatedBytes()).isLessThanOrEqualTo(boundAfterWarmUp + 64 * 1024);
        Series s = h.layerSeries(0, LayerMetric.GRAD_NORM_W);
        assertThat(s.stepStart(0)).isEqualTo(1);
        assertThat(s.stepEnd(s.size() - 1)).isEqualTo(10_000);
        assertThat(s.size()).isLessThan(100 + 256 + 1_000 + 1);
    }

    @Test
    void previewAndBoundaryDescribeTheLearnedClasses() throws Exception {
        ExperimentRun run = ExperimentRun.start(spiral(3, 32, 400), null, HistoryLimits.DEFAULT);
        run.runToEnd(() -> false);
        DataPreview preview = run.preview(200);
        assertThat(preview.x()).hasSize(200);
        assertThat(preview.classNames()).hasSize(3);
        assertThat(preview.label()).contains(0, 1, 2);
        BoundaryGrid grid = run.boundary(40, 30, -2.5, 2.5, -2.5, 2.5);
        assertThat(grid.predicted()).hasSize(1200).contains(0, 1, 2);
        // The grid agrees with the labels at the training points themselves for most points.
        int agree = 0;
        for (int i = 0; i < 200; i++) {
            int gx = (int) Math.floor((preview.x()[i] + 2.5) / 5 * 40);
            int gy = (int) Math.floor((preview.y()[i] + 2.5) / 5 * 30);
            if (gx >= 0 && gx < 40 && gy >= 0 && gy < 30 && grid.predicted()[gy * 40 + gx] == preview.label()[i]) {
                agree++;
            }
        }
        assertThat(agree).isGreaterThan(120);
    }
}
