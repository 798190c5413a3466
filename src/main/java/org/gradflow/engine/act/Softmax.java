package org.gradflow.engine.act;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;

/** Row-wise softmax: a_j = e^{u_j - max u} / sum_k e^{u_k - max u}. Output layer only. */
final class Softmax extends Activation {
    @Override public double value(double u) { throw new UnsupportedOperationException("softmax is row-wise"); }
    @Override public double derivative(double u, double a) { throw new UnsupportedOperationException("softmax is row-wise"); }
    @Override protected boolean hasFloatKernel() { return false; }
    @Override public boolean reportsSaturation() { return false; }

    @Override
    public void forward(Mat u, Mat a, int rows, int n, boolean training, SplittableRandom noise) {
        int cols = n / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, u.get(base + j));
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(u.get(base + j) - max);
                a.set(base + j, e);
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                a.set(base + j, a.get(base + j) / sum);
            }
        }
    }

    /** Jacobian-vector product: dU_j = a_j (dA_j - sum_k dA_k a_k). */
    @Override
    public void backward(Mat u, Mat a, Mat dA, Mat dU, int rows, int n) {
        int cols = n / rows;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += dA.get(base + j) * a.get(base + j);
            }
            for (int j = 0; j < cols; j++) {
                dU.set(base + j, a.get(base + j) * (dA.get(base + j) - dot));
            }
        }
    }
}
