package org.gradflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gradflow.engine.TrainingData;
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
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One reference configuration of the benchmark: {@code depth} hidden dense layers of {@code width} units, then an
 * output layer of {@code outputs} units (identity for MSE, softmax for cross-entropy). Hidden ReLU layers start
 * He-normal, all others Xavier-normal; biases 0. The data are {@code batches} batches of random N(0, 1) inputs with
 * N(0, 1) regression targets or uniformly drawn one-hot classes, from a fixed seed.
 *
 * @param warmupSteps minimum number of warm-up steps per column (warm-up also lasts at least a minimum time)
 */
record RefConfig(String name, int depth, int width, ActivationKind hidden, int inputs, int outputs, int batch,
                 LossKind loss, OptimizerKind optimizer, double learningRate, int warmupSteps) {
    static final long SEED = 20_240_601L;
    /** Number of distinct batches the data holds (both engines cycle over the same examples). */
    static final int BATCHES = 4;

    static List<RefConfig> all() {
        return List.of(
                new RefConfig("R1", 20, 128, ActivationKind.TANH, 32, 1, 128, LossKind.MSE, OptimizerKind.SGD, 0.01, 200),
                new RefConfig("R2", 10, 512, ActivationKind.RELU, 784, 10, 256, LossKind.SOFTMAX_CROSS_ENTROPY,
                        OptimizerKind.ADAM, 1e-3, 20),
                new RefConfig("R3", 50, 64, ActivationKind.SIGMOID, 16, 1, 64, LossKind.MSE, OptimizerKind.SGD, 0.01, 200),
                new RefConfig("R4", 4, 2048, ActivationKind.RELU, 2048, 2048, 512, LossKind.MSE, OptimizerKind.SGD, 1e-3,
                        3));
    }

    /** @param names comma-separated names such as {@code R1,R3} */
    static List<RefConfig> select(String names) {
        List<RefConfig> out = new ArrayList<>();
        for (String n : names.split(",")) {
            String want = n.trim().toUpperCase(Locale.ROOT);
            if (want.isEmpty()) {
                continue;
            }
            out.add(all().stream().filter(c -> c.name.equals(want)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown configuration " + want
                            + " (known: R1, R2, R3, R4)")));
        }
        return out;
    }

    boolean classification() {
        return loss == LossKind.SOFTMAX_CROSS_ENTROPY;
    }

    InitKind hiddenInit() {
        return hidden == ActivationKind.RELU ? InitKind.HE_NORMAL : InitKind.XAVIER_NORMAL;
    }

    ActivationKind outputActivation() {
        return classification() ? ActivationKind.SOFTMAX : ActivationKind.IDENTITY;
    }

    /** @return the GradFlow experiment: no clipping, no penalties, histograms every 10 steps, no step limit in practice */
    ExperimentSpec spec() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(LayerSpec.dense(width, hidden, hiddenInit()));
        }
        layers.add(LayerSpec.dense(outputs, outputActivation(), InitKind.XAVIER_NORMAL));
        NetworkSpec network = NetworkSpec.of(inputs, layers);
        DatasetSpec dataset = classification()
                ? DatasetSpec.generated(DatasetKind.BLOBS, 1000, 0, 1).withFeatures(inputs).withClasses(outputs)
                : DatasetSpec.generated(DatasetKind.TEACHER, 1000, 0, 1).withFeatures(inputs).withOutputs(outputs);
        TrainingSpec training = new TrainingSpec(loss, OptimizerSpec.of(optimizer, learningRate),
                org.gradflow.model.ClipSpec.NONE, 0, 0, batch, 1, TrainingSpec.MAX_STEPS, 10, 10);
        return new ExperimentSpec("bench-" + name, SEED, dataset, network, training);
    }

    long parameters() {
        return spec().network().parameterCount();
    }

    /** @return 6 x parameters x batch: the usual estimate of one forward and backward pass's floating-point work */
    double flopsPerStep() {
        return 6.0 * parameters() * batch;
    }

    /** Random inputs and targets, {@link #BATCHES} batches, always the same for a configuration. */
    TrainingData data() {
        int rows = BATCHES * batch;
        SplittableRandom random = new SplittableRandom(SEED + name.hashCode());
        float[][] x = new float[rows][inputs];
        float[][] t = new float[rows][outputs];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < inputs; c++) {
                x[r][c] = (float) random.nextGaussian();
            }
            if (classification()) {
                t[r][random.nextInt(outputs)] = 1;
            } else {
                for (int c = 0; c < outputs; c++) {
                    t[r][c] = (float) random.nextGaussian();
                }
            }
        }
        INDArray inputsArray = Nd4j.create(x, 'c');
        INDArray targetsArray = Nd4j.create(t, 'c');
        return new TrainingData(inputsArray, targetsArray, null, null, classification());
    }

    String describe() {
        return String.format(Locale.ROOT, "%d x %d %s, input %d, output %d %s, batch %d, %s, %s lr %s",
                depth, width, hidden.name().toLowerCase(Locale.ROOT), inputs, outputs,
                outputActivation().name().toLowerCase(Locale.ROOT), batch,
                loss == LossKind.MSE ? "MSE" : "softmax cross-entropy", optimizer, learningRate);
    }
}
