package org.gradflow.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/** Small experiments for the UI tests. */
public final class UiSpecs {
    private UiSpecs() {
    }

    /** @return four tanh layers of 16 units and a softmax output on two moons, SGD 0.1, {@code steps} steps */
    public static ExperimentSpec fiveLayers(long steps) {
        return tanhLayers(4, steps);
    }

    /** @return {@code hidden} tanh layers of 16 units and a softmax output on two moons, SGD 0.1 */
    public static ExperimentSpec tanhLayers(int hidden, long steps) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < hidden; i++) {
            layers.add(LayerSpec.dense(16, ActivationKind.TANH, InitKind.XAVIER_NORMAL));
        }
        layers.add(LayerSpec.dense(2, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        TrainingSpec t = new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY, OptimizerSpec.of(OptimizerKind.SGD, 0.1),
                ClipSpec.NONE, 0, 0, 32, 1, steps, 10, 10);
        return new ExperimentSpec("Five layers", 3, DatasetSpec.generated(DatasetKind.MOONS, 400, 0.1, 3),
                NetworkSpec.of(2, layers), t);
    }

    /** @return a ReLU net with huge weights and learning rate: it meets NaN/Inf within a few steps */
    public static ExperimentSpec exploding() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(new LayerSpec(32, ActivationSpec.of(ActivationKind.RELU), InitSpec.normal(0, 30), 0,
                    NormPlacement.NONE, 0));
        }
        layers.add(new LayerSpec(1, ActivationSpec.of(ActivationKind.IDENTITY), InitSpec.normal(0, 30), 0,
                NormPlacement.NONE, 0));
        TrainingSpec t = new TrainingSpec(LossKind.MSE, OptimizerSpec.of(OptimizerKind.SGD, 50), ClipSpec.NONE, 0, 0,
                32, 1, 500, 10, 10);
        return new ExperimentSpec("Exploding", 5, DatasetSpec.generated(DatasetKind.SINE, 200, 0.1, 5),
                NetworkSpec.of(1, layers), t);
    }

    /** Writes {@code spec} as an experiment file. */
    public static Path write(ExperimentSpec spec, Path file) throws IOException {
        ExperimentFiles.save(ExperimentFile.of(spec), file);
        return file;
    }
}
