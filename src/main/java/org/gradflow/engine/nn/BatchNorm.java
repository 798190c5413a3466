package org.gradflow.engine.nn;

import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;

/**
 * Batch normalisation over the batch, per unit: y = gamma * (x - mean) / sqrt(var + eps) + beta, with the batch's
 * mean and biased variance while training, and running averages (momentum {@value #MOMENTUM}) at evaluation.
 */
public final class BatchNorm {
    public static final double EPSILON = 1e-5;
    public static final double MOMENTUM = 0.9;

    private final int units;
    private final Param gamma;
    private final Param beta;
    private final Mat runningMean;
    private final Mat runningVar;
    private final Mat xhat;
    private final double[] invStd;
    private final double[] sum1;
    private final double[] sum2;

    BatchNorm(String name, int layer, Precision precision, int maxRows, int units) {
        this.units = units;
        this.gamma = new Param(name + ".gamma", Param.Role.BN_SCALE, layer, precision, 1, units);
        this.beta = new Param(name + ".beta", Param.Role.BN_SHIFT, layer, precision, 1, units);
        gamma.value().fill(1);
        this.runningMean = Mat.zeros(precision, 1, units);
        this.runningVar = Mat.zeros(precision, 1, units);
        runningVar.fill(1);
        this.xhat = Mat.zeros(precision, maxRows, units);
        this.invStd = new double[units];
        this.sum1 = new double[units];
        this.sum2 = new double[units];
    }

    public Param gamma() { return gamma; }
    public Param beta() { return beta; }
    public Mat runningMean() { return runningMean; }
    public Mat runningVar() { return runningVar; }

    void forward(Mat x, Mat y, int rows, boolean training) {
        if (training) {
            batchStatistics(x, rows);
        } else {
            for (int j = 0; j < units; j++) {
                sum1[j] = runningMean.get(j);
                invStd[j] = 1 / Math.sqrt(runningVar.get(j) + EPSILON);
            }
        }
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                double n = (x.get(base + j) - sum1[j]) * invStd[j];
                xhat.set(base + j, n);
                y.set(base + j, gamma.value().get(j) * n + beta.value().get(j));
            }
        }
    }

    /** Leaves the batch mean in sum1 and 1/sqrt(var+eps) in invStd; updates the running averages. */
    private void batchStatistics(Mat x, int rows) {
        java.util.Arrays.fill(sum1, 0);
        java.util.Arrays.fill(sum2, 0);
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                sum1[j] += x.get(base + j);
            }
        }
        for (int j = 0; j < units; j++) {
            sum1[j] /= rows;
        }
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                double d = x.get(base + j) - sum1[j];
                sum2[j] += d * d;
            }
        }
        for (int j = 0; j < units; j++) {
            double var = sum2[j] / rows;
            invStd[j] = 1 / Math.sqrt(var + EPSILON);
            runningMean.set(j, MOMENTUM * runningMean.get(j) + (1 - MOMENTUM) * sum1[j]);
            runningVar.set(j, MOMENTUM * runningVar.get(j) + (1 - MOMENTUM) * var);
        }
    }

    /**
     * Training-mode backward pass. dx = invStd / B * (B dxhat - sum dxhat - xhat sum(dxhat xhat)), dxhat = dy gamma.
     * Parameter gradients are scaled by {@code gradScale} and added to the existing ones when {@code accumulate}.
     * {@code dx} may not be {@code dy}.
     */
    void backward(Mat dy, Mat dx, int rows, double gradScale, boolean accumulate) {
        java.util.Arrays.fill(sum1, 0);
        java.util.Arrays.fill(sum2, 0);
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                double g = dy.get(base + j);
                sum1[j] += g;
                sum2[j] += g * xhat.get(base + j);
            }
        }
        Mat gGamma = gamma.grad();
        Mat gBeta = beta.grad();
        for (int j = 0; j < units; j++) {
            double keepG = accumulate ? gGamma.get(j) : 0;
            double keepB = accumulate ? gBeta.get(j) : 0;
            gGamma.set(j, keepG + gradScale * sum2[j]);
            gBeta.set(j, keepB + gradScale * sum1[j]);
        }
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                double gam = gamma.value().get(j);
                double dxhat = dy.get(base + j) * gam;
                double meanDxhat = sum1[j] * gam / rows;
                double meanDxhatXhat = sum2[j] * gam / rows;
                dx.set(base + j, invStd[j] * (dxhat - meanDxhat - xhat.get(base + j) * meanDxhatXhat));
            }
        }
    }
}
