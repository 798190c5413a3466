package org.gradflow.ui.compose;

import java.util.List;
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
import org.gradflow.model.ResidualSpec;
import org.gradflow.model.TrainingSpec;

/** Experiment specs for the compose tests. */
final class Specs {
    private Specs() {
    }

    /** Spiral with 3 classes; layers 16 tanh, 16 relu, 16 tanh, 3 softmax; a residual block over layers 1-2. */
    static ExperimentSpec spiral() {
        DatasetSpec data = DatasetSpec.generated(DatasetKind.SPIRAL, 600, 0.1, 3).withClasses(3);
        List<LayerSpec> layers = List.of(
                LayerSpec.dense(16, ActivationKind.TANH, InitKind.XAVIER_NORMAL),
                LayerSpec.dense(16, ActivationKind.RELU, InitKind.HE_NORMAL),
                LayerSpec.dense(16, ActivationKind.TANH, InitKind.XAVIER_UNIFORM),
                LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        NetworkSpec net = new NetworkSpec(2, layers, List.of(new ResidualSpec(1, 2)));
        TrainingSpec training = TrainingSpec.of(LossKind.SOFTMAX_CROSS_ENTROPY, OptimizerSpec.of(OptimizerKind.ADAM, 0.01), 32, 2000);
        return new ExperimentSpec("spiral", 42, data, net, training);
    }

    /** Same as {@link #spiral()} without residual blocks. */
    static ExperimentSpec plainSpiral() {
        ExperimentSpec s = spiral();
        return s.withNetwork(NetworkSpec.of(2, s.network().layers()));
    }

    /** Units of every layer of {@code spec}. */
    static List<Integer> units(ExperimentSpec spec) {
        return spec.network().layers().stream().map(LayerSpec::units).toList();
    }

    /** Activation of every layer of {@code spec}. */
    static List<ActivationKind> activations(ExperimentSpec spec) {
        return spec.network().layers().stream().map(l -> l.activation().kind()).toList();
    }
}
