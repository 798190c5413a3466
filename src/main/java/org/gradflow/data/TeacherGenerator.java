package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * Regression on the outputs of a fixed random "teacher" network: inputs {@code x ~ N(0, 1)^features}, targets
 * {@code y = W2 tanh(W1 x + b1) + noise * N(0, 1)} with a hidden layer of {@value #HIDDEN} units and
 * {@code outputs} outputs. The teacher's weights come from the seed alone (not from {@code samples}):
 * {@code W1 ~ N(0, 1/features)}, {@code b1 ~ N(0, 0.25)}, {@code W2 ~ N(0, 1/}{@value #HIDDEN}{@code )}.
 * Input names {@code x1..xF}, target names {@code y1..yO}.
 */
public final class TeacherGenerator implements Generator {
    /** Width of the teacher's hidden layer. */
    public static final int HIDDEN = 16;

    /**
     * The teacher network's parameters.
     *
     * @param w1 hidden x features input weights
     * @param b1 hidden biases
     * @param w2 outputs x hidden output weights
     */
    record Teacher(double[][] w1, double[] b1, double[][] w2) {
        /**
         * Writes {@code W2 tanh(W1 x + b1)} for the input row starting at {@code offset} in {@code x} into
         * {@code out} from {@code outOffset}, using {@code hidden} ({@value #HIDDEN} values) as scratch.
         */
        void apply(double[] x, int offset, double[] hidden, double[] out, int outOffset) {
            for (int h = 0; h < HIDDEN; h++) {
                double z = b1[h];
                double[] w = w1[h];
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * x[offset + j];
                }
                hidden[h] = Math.tanh(z);
            }
            for (int o = 0; o < w2.length; o++) {
                double y = 0;
                for (int h = 0; h < HIDDEN; h++) {
                    y += w2[o][h] * hidden[h];
                }
                out[outOffset + o] = y;
            }
        }
    }

    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom root = Sampling.random(spec);
        Teacher teacher = teacher(root.split(), spec.features(), spec.outputs());
        SplittableRandom random = root.split();
        int n = spec.samples();
        int f = spec.features();
        int o = spec.outputs();
        double noise = spec.noise();
        double[] inputs = new double[Math.multiplyExact(n, f)];
        double[] targets = new double[Math.multiplyExact(n, o)];
        double[] hidden = new double[HIDDEN];
        for (int row = 0; row < n; row++) {
            for (int j = 0; j < f; j++) {
                inputs[row * f + j] = random.nextGaussian();
            }
            teacher.apply(inputs, row * f, hidden, targets, row * o);
            for (int k = 0; k < o; k++) {
                targets[row * o + k] += noise * random.nextGaussian();
            }
        }
        return new RawData(n, inputs, targets, false, RawData.numberedNames("x", f), RawData.numberedNames("y", o));
    }

    /** @return the teacher network that {@link #generate} uses for {@code spec} */
    static Teacher teacher(DatasetSpec spec) {
        return teacher(Sampling.random(spec).split(), spec.features(), spec.outputs());
    }

    private static Teacher teacher(SplittableRandom random, int features, int outputs) {
        double[][] w1 = new double[HIDDEN][features];
        double[] b1 = new double[HIDDEN];
        double[][] w2 = new double[outputs][HIDDEN];
        double inScale = 1 / Math.sqrt(features);
        for (int h = 0; h < HIDDEN; h++) {
            for (int j = 0; j < features; j++) {
                w1[h][j] = inScale * random.nextGaussian();
            }
            b1[h] = 0.5 * random.nextGaussian();
        }
        double outScale = 1 / Math.sqrt(HIDDEN);
        for (double[] row : w2) {
            for (int h = 0; h < HIDDEN; h++) {
                row[h] = outScale * random.nextGaussian();
            }
        }
        return new Teacher(w1, b1, w2);
    }
}
