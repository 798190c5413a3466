package org.gradflow.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.ClipKind;
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
import org.gradflow.model.ResidualSpec;
import org.gradflow.model.TrainingSpec;

/** Experiment specs for the io tests. */
final class TestSpecs {
    private TestSpecs() {
    }

    /** Blobs with 4 features and 3 classes; 8 tanh, 8 relu, 3 identity units; MSE with SGD. */
    static ExperimentSpec base() {
        DatasetSpec dataset = new DatasetSpec(DatasetKind.BLOBS, 500, 0.3, 11, 3, 4, 1, null, null, false, true, 0.2, true);
        NetworkSpec network = NetworkSpec.of(4, List.of(
                LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL),
                LayerSpec.dense(8, ActivationKind.RELU, InitKind.HE_NORMAL),
                LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.XAVIER_UNIFORM)));
        TrainingSpec training = TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.SGD, 0.05), 32, 100);
        return new ExperimentSpec("base", 42, dataset, network, training);
    }

    /** @return base with its first layer replaced */
    static ExperimentSpec withFirstLayer(LayerSpec first) {
        ExperimentSpec b = base();
        List<LayerSpec> layers = new ArrayList<>(b.network().layers());
        layers.set(0, first);
        return b.withNetwork(NetworkSpec.of(4, layers));
    }

    /** @return base with its output layer's activation replaced and the loss that fits it */
    static ExperimentSpec withOutput(ActivationSpec activation, LossKind loss) {
        ExperimentSpec b = base();
        List<LayerSpec> layers = new ArrayList<>(b.network().layers());
        layers.set(2, layers.get(2).withActivation(activation));
        TrainingSpec t = new TrainingSpec(loss, b.training().optimizer(), ClipSpec.NONE, 0, 0, 32, 1, 100, 10, 10);
        return new ExperimentSpec("output " + activation.kind(), 42, b.dataset(), NetworkSpec.of(4, layers), t);
    }

    /** @return the loss that fits an output activation */
    static LossKind lossFor(ActivationKind output) {
        return switch (output) {
            case SOFTMAX -> LossKind.SOFTMAX_CROSS_ENTROPY;
            case SIGMOID -> LossKind.BINARY_CROSS_ENTROPY;
            default -> LossKind.MSE;
        };
    }

    /** @return an experiment on the dataset with a network of the dataset's widths (5 in, 1 out for CSV) */
    static ExperimentSpec onDataset(DatasetSpec dataset) {
        int in = dataset.inputWidth() > 0 ? dataset.inputWidth() : 5;
        int out = dataset.targetWidth() > 0 ? dataset.targetWidth() : 1;
        NetworkSpec network = NetworkSpec.of(in, List.of(
                LayerSpec.dense(6, ActivationKind.ELU, InitKind.LECUN_NORMAL),
                LayerSpec.dense(out, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL)));
        TrainingSpec training = TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.ADAM, 0.001), 16, 50);
        return new ExperimentSpec("dataset " + dataset.kind(), 3, dataset, network, training);
    }

    /** A random valid experiment; every option is drawn, so many of these cover the option space. */
    static ExperimentSpec random(Random r) {
        int inputs = 1 + r.nextInt(6);
        int depth = 1 + r.nextInt(6);
        int width = 1 + r.nextInt(9);
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(new LayerSpec(width, randomActivation(r, false), randomInit(r), r.nextGaussian(),
                    pick(r, NormPlacement.values()), r.nextBoolean() ? 0 : r.nextDouble() * 0.9));
        }
        ActivationSpec outAct = randomActivation(r, true);
        int outputs = 1 + r.nextInt(4);
        layers.add(new LayerSpec(outputs, outAct, randomInit(r), r.nextGaussian(), NormPlacement.NONE, 0));
        List<ResidualSpec> residuals = new ArrayList<>();
        if (depth >= 3 && r.nextBoolean()) {
            residuals.add(new ResidualSpec(1, 1 + r.nextInt(2)));
        }
        NetworkSpec network = new NetworkSpec(inputs, layers, residuals);
        DatasetSpec dataset = new DatasetSpec(DatasetKind.CSV, 2 + r.nextInt(100_000), r.nextDouble(), r.nextLong(),
                2 + r.nextInt(20), 1 + r.nextInt(50), 1 + r.nextInt(50), "data/" + r.nextInt(1000) + ".csv",
                r.nextBoolean() ? "target" : Integer.toString(1 + r.nextInt(9)), r.nextBoolean(), r.nextBoolean(),
                r.nextDouble() * 0.9, r.nextBoolean());
        ClipKind clipKind = pick(r, ClipKind.values());
        ClipSpec clip = new ClipSpec(clipKind, 1e-3 + r.nextDouble() * 100);
        OptimizerSpec optimizer = new OptimizerSpec(pick(r, OptimizerKind.values()), 1e-6 + r.nextDouble() * 2,
                r.nextDouble() * 0.999, r.nextDouble() * 0.999, r.nextDouble() * 0.999, r.nextDouble() * 0.999,
                Math.pow(10, -1 - r.nextInt(12)) * (1 + r.nextDouble()) / 2);
        TrainingSpec training = new TrainingSpec(TestSpecs.lossFor(outAct.kind()), optimizer, clip,
                r.nextDouble() * 1e-3, r.nextDouble() * 1e-2, 1 + r.nextInt(512), 1 + r.nextInt(16),
                1 + (long) (r.nextDouble() * TrainingSpec.MAX_STEPS), 1 + r.nextInt(1000), 1 + r.nextInt(1000));
        return new ExperimentSpec("random " + r.nextInt(), r.nextLong(), dataset, network, training);
    }

    private static ActivationSpec randomActivation(Random r, boolean output) {
        ActivationKind kind;
        do {
            kind = pick(r, ActivationKind.values());
        } while (kind == ActivationKind.SOFTMAX && !output);
        double lower = r.nextDouble() * 0.5;
        return new ActivationSpec(kind, 1e-4 + r.nextDouble() * 0.99, lower, lower + r.nextDouble() * 0.49);
    }

    private static InitSpec randomInit(Random r) {
        return new InitSpec(pick(r, InitKind.values()), r.nextGaussian(), r.nextGaussian(), 1e-3 + r.nextDouble(),
                1e-3 + r.nextDouble(), 0.1 + r.nextDouble() * 3);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
