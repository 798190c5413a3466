package org.gradflow.ui.files;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.model.ActivationKind;
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

/**
 * The experiment the app opens with when no preset is found: ten layers (nine sigmoid layers of 32 units with small
 * N(0, 0.1) weights and a softmax output) on a three-armed spiral, trained with SGD. Its gradients vanish toward the
 * input within the first steps.
 */
public final class DefaultExperiment {
    private DefaultExperiment() {
    }

    /** @return the default experiment */
    public static ExperimentSpec spec() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            layers.add(new LayerSpec(32, org.gradflow.model.ActivationSpec.of(ActivationKind.SIGMOID),
                    InitSpec.normal(0, 0.1), 0, NormPlacement.NONE, 0));
        }
        layers.add(LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        DatasetSpec data = DatasetSpec.generated(DatasetKind.SPIRAL, 1500, 0.2, 7).withClasses(3);
        TrainingSpec training = new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY,
                OptimizerSpec.of(OptimizerKind.SGD, 0.1), ClipSpec.NONE, 0, 0, 64, 1, 20_000, 50, 100);
        return new ExperimentSpec("Deep sigmoid: vanishing gradients", 7, data, NetworkSpec.of(2, layers), training);
    }
}
