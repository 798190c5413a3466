package org.gradflow.ui.train;

import java.util.List;
import java.util.Locale;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.engine.BackendInfo;
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
import org.gradflow.run.ExperimentRun;

/**
 * Initialises ND4J (native libraries, BLAS) on the engine thread by training a tiny network for a few steps, so the
 * user's first Train does not wait for it. Engine thread only.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** @return the backend line of the status bar, for example "ND4J CPU · OpenBLAS 0.3.19 · BLAS threads 1 · OMP threads 1 · ready in 1.2 s" */
    static String run() throws Exception {
        long t0 = System.nanoTime();
        ExperimentSpec tiny = new ExperimentSpec("warm-up", 1, DatasetSpec.generated(DatasetKind.XOR, 64, 0.1, 1),
                NetworkSpec.of(2, List.of(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL),
                        LayerSpec.dense(2, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL))),
                TrainingSpec.of(LossKind.SOFTMAX_CROSS_ENTROPY, OptimizerSpec.of(OptimizerKind.SGD, 0.1), 16, 3));
        ExperimentRun run = ExperimentRun.start(tiny, null, HistoryLimits.DEFAULT);
        run.runToEnd(() -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "%s · ready in %.1f s", BackendInfo.current().describe(), seconds);
    }
}
