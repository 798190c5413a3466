package org.gradflow.charts;

import java.util.ArrayList;
import java.util.List;

import org.gradflow.data.DataException;
import org.gradflow.data.Dataset;
import org.gradflow.data.Datasets;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
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
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/** Real training runs for the chart tests, each trained once per test JVM and recorded into a History. */
final class Runs {
    private static History sigmoid6;
    private static History deep50;
    private static History exploding;

    private Runs() {
    }

    /**
     * 200 steps of a 6-layer net (5 sigmoid layers of 16 units, softmax output) on a 3-class spiral with validation
     * and histograms every 10 steps, global-norm clipping at 0.5 (so some steps are clipped).
     */
    static synchronized History sigmoid6() {
        if (sigmoid6 == null) {
            sigmoid6 = train(classifier(5, 16, ActivationKind.SIGMOID, InitSpec.of(InitKind.XAVIER_NORMAL), 200,
                    new ClipSpec(ClipKind.GLOBAL_NORM, 0.5), 0.5, 7), Long.MAX_VALUE);
        }
        return sigmoid6;
    }

    /** 30 steps of a 50-layer net (49 tanh layers of 8 units, softmax output). */
    static synchronized History deep50() {
        if (deep50 == null) {
            deep50 = train(classifier(49, 8, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL), 30,
                    ClipSpec.NONE, 0.1, 3), Long.MAX_VALUE);
        }
        return deep50;
    }

    /** A 6-layer ReLU net initialised with standard deviation 3 and a large learning rate: stops on NaN/Inf. */
    static synchronized History exploding() {
        if (exploding == null) {
            exploding = train(classifier(5, 32, ActivationKind.RELU, InitSpec.normal(0, 3), 500, ClipSpec.NONE,
                    0.5, 5), Long.MAX_VALUE);
        }
        return exploding;
    }

    /**
     * A classifier on the 3-class spiral: {@code depth} hidden layers, a softmax output, SGD, batch 32.
     */
    static ExperimentSpec classifier(int depth, int width, ActivationKind act, InitSpec init, long steps, ClipSpec clip,
                                     double lr, long seed) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(LayerSpec.dense(width, act, InitKind.ZEROS).withInit(init));
        }
        layers.add(LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        DatasetSpec dataset = DatasetSpec.generated(DatasetKind.SPIRAL, 600, 0.1, seed).withClasses(3);
        TrainingSpec training = TrainingSpec.of(LossKind.SOFTMAX_CROSS_ENTROPY,
                OptimizerSpec.of(OptimizerKind.SGD, lr), 32, steps).withClip(clip);
        return new ExperimentSpec("charts-test", seed, dataset, NetworkSpec.of(2, layers), training);
    }

    /**
     * Trains {@code spec} until it finishes or has taken {@code maxSteps} steps.
     *
     * @return the History of every step
     */
    static History train(ExperimentSpec spec, long maxSteps) {
        Dataset data;
        try {
            data = Datasets.load(spec.dataset(), null);
        } catch (DataException e) {
            throw new IllegalStateException("test dataset failed to load", e);
        }
        TrainingData training = new TrainingData(data.trainInputs(), data.trainTargets(), data.validationInputs(),
                data.validationTargets(), data.classification());
        Trainer trainer = new Trainer(spec, training, Precision.FLOAT32);
        History history = new History();
        long steps = 0;
        while (!trainer.finished() && steps < maxSteps) {
            history.record(trainer.step());
            steps++;
        }
        return history;
    }
}
