package org.gradflow.engine.nn;

import java.util.Objects;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.LossKind;

/**
 * The losses of {@link LossKind}, each the mean over the examples of a batch. Softmax cross-entropy and binary
 * cross-entropy are computed from the output layer's activation input u (log-sum-exp and softplus forms, stable for
 * any u) and give dL/du directly; MSE gives dL/da.
 */
public abstract class Loss {
    /** @return the loss for a kind */
    public static Loss of(LossKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case MSE -> new Mse();
            case SOFTMAX_CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case BINARY_CROSS_ENTROPY -> new BinaryCrossEntropy();
        };
    }

    /** @return the mean loss of the first {@code rows} examples of the output layer against {@code target} */
    public abstract double value(DenseLayer output, Mat target, int rows);

    /**
     * Writes the loss gradient into the output layer: dL/du into its activation-input gradient (returns true), or
     * dL/da into its output gradient (returns false).
     */
    public abstract boolean writeGradient(DenseLayer output, Mat target, int rows);

    /** (1/(B n)) sum (a - t)^2; dL/da = 2 (a - t) / (B n). */
    static final class Mse extends Loss {
        @Override
        public double value(DenseLayer output, Mat target, int rows) {
            Mat a = output.activationOutput();
            int n = rows * output.units();
            double s = 0;
            for (int i = 0; i < n; i++) {
                double d = a.get(i) - target.get(i);
                s += d * d;
            }
            return s / n;
        }

        @Override
        public boolean writeGradient(DenseLayer output, Mat target, int rows) {
            Mat a = output.activationOutput();
            Mat g = output.outputGradient();
            int n = rows * output.units();
            double scale = 2.0 / n;
            for (int i = 0; i < n; i++) {
                g.set(i, scale * (a.get(i) - target.get(i)));
            }
            return false;
        }
    }

    /** -(1/B) sum_b sum_j t log softmax(u)_j; dL/du = (a - t) / B. */
    static final class SoftmaxCrossEntropy extends Loss {
        @Override
        public double value(DenseLayer output, Mat target, int rows) {
            Mat u = output.activationInput();
            int cols = output.units();
            double total = 0;
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    max = Math.max(max, u.get(base + j));
                }
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += Math.exp(u.get(base + j) - max);
                }
                double logSum = max + Math.log(sum);
                for (int j = 0; j < cols; j++) {
                    double t = target.get(base + j);
                    if (t != 0) {
                        total -= t * (u.get(base + j) - logSum);
                    }
                }
            }
            return total / rows;
        }

        @Override
        public boolean writeGradient(DenseLayer output, Mat target, int rows) {
            Mat a = output.activationOutput();
            Mat g = output.activationInputGradient();
            int n = rows * output.units();
            for (int i = 0; i < n; i++) {
                g.set(i, (a.get(i) - target.get(i)) / rows);
            }
            return true;
        }
    }

    /** (1/(B n)) sum softplus(u) - t u (= -t log p - (1-t) log(1-p), p = sigmoid u); dL/du = (p - t) / (B n). */
    static final class BinaryCrossEntropy extends Loss {
        @Override
        public double value(DenseLayer output, Mat target, int rows) {
            Mat u = output.activationInput();
            int n = rows * output.units();
            double s = 0;
            for (int i = 0; i < n; i++) {
                double x = u.get(i);
                s += Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))) - target.get(i) * x;
            }
            return s / n;
        }

        @Override
        public boolean writeGradient(DenseLayer output, Mat target, int rows) {
            Mat a = output.activationOutput();
            Mat g = output.activationInputGradient();
            int n = rows * output.units();
            for (int i = 0; i < n; i++) {
                g.set(i, (a.get(i) - target.get(i)) / n);
            }
            return true;
        }
    }
}
