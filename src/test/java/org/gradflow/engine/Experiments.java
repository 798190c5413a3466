package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/** Builds experiment specs for engine tests. */
final class Experiments {
    private Experiments() {
    }

    /** {@code depth} hidden layers of {@code width} units, then an identity output layer, trained with MSE and SGD. */
    static ExperimentSpec deepRegression(int inputs, int depth, int width, ActivationKind act, InitSpec init,
                                         int outputs, int batch, double lr, long steps) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(LayerSpec.dense(width, act, InitKind.ZEROS).withInit(init));
        }
        layers.add(LayerSpec.dense(outputs, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL).withInit(init));
        NetworkSpec network = NetworkSpec.of(inputs, layers);
        DatasetSpec dataset = DatasetSpec.generated(DatasetKind.TEACHER, 1000, 0, 1).withFeatures(inputs).withOutputs(outputs);
        TrainingSpec training = TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.SGD, lr), batch, steps);
        return new ExperimentSpec("test", 7, dataset, network, training);
    }
}
