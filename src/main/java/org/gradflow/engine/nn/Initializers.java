package org.gradflow.engine.nn;

import java.util.Objects;
import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.InitSpec;

/**
 * Fills a weight matrix W of shape [fanIn, fanOut] according to an {@link InitSpec}; formulas in
 * {@link org.gradflow.model.InitKind}. Normal draws are exact gaussians (not truncated).
 */
public final class Initializers {
    private Initializers() {
    }

    /**
     * @param spec not {@code null}
     * @param w the matrix to fill, shape [fanIn, fanOut], not {@code null}
     * @param random not {@code null}
     */
    public static void fill(InitSpec spec, Mat w, SplittableRandom random) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(random, "random");
        int fanIn = w.rows();
        int fanOut = w.cols();
        double g = spec.gain();
        switch (spec.kind()) {
            case ZEROS -> w.fill(0);
            case CONSTANT -> w.fill(spec.value());
            case NORMAL -> normal(w, spec.mean(), spec.std(), random);
            case UNIFORM -> uniform(w, spec.limit(), random);
            case XAVIER_NORMAL -> normal(w, 0, g * Math.sqrt(2.0 / (fanIn + fanOut)), random);
            case XAVIER_UNIFORM -> uniform(w, g * Math.sqrt(6.0 / (fanIn + fanOut)), random);
            case HE_NORMAL -> normal(w, 0, g * Math.sqrt(2.0 / fanIn), random);
            case HE_UNIFORM -> uniform(w, g * Math.sqrt(6.0 / fanIn), random);
            case LECUN_NORMAL -> normal(w, 0, g * Math.sqrt(1.0 / fanIn), random);
            case ORTHOGONAL -> orthogonal(w, g, random);
        }
    }

    private static void normal(Mat w, double mean, double std, SplittableRandom random) {
        int n = w.size();
        for (int i = 0; i < n; i++) {
            w.set(i, mean + std * random.nextGaussian());
        }
    }

    private static void uniform(Mat w, double limit, SplittableRandom random) {
        int n = w.size();
        for (int i = 0; i < n; i++) {
            w.set(i, random.nextDouble(-limit, limit));
        }
    }

    /**
     * Orthogonal init (Saxe et al.): the Q factor of a gaussian matrix, with signs fixed by R's diagonal so the
     * result is uniformly distributed. Rows are orthonormal when fanIn <= fanOut, columns otherwise.
     */
    private static void orthogonal(Mat w, double gain, SplittableRandom random) {
        int rows = w.rows();
        int cols = w.cols();
        boolean transpose = rows < cols;
        int tall = transpose ? cols : rows;
        int wide = transpose ? rows : cols;
        double[][] v = new double[wide][tall];
        for (double[] column : v) {
            for (int i = 0; i < tall; i++) {
                column[i] = random.nextGaussian();
            }
        }
        for (int j = 0; j < wide; j++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < j; k++) {
                    double dot = dot(v[j], v[k]);
                    for (int i = 0; i < tall; i++) {
                        v[j][i] -= dot * v[k][i];
                    }
                }
            }
            double norm = Math.sqrt(dot(v[j], v[j]));
            for (int i = 0; i < tall; i++) {
                v[j][i] /= norm;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double q = transpose ? v[r][c] : v[c][r];
                w.set(r, c, gain * q);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
