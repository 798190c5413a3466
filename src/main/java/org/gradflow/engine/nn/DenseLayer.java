package org.gradflow.engine.nn;

import java.util.SplittableRandom;
import org.gradflow.engine.act.Activation;
import org.gradflow.engine.act.ActivationStats;
import org.gradflow.engine.act.Activations;
import org.gradflow.engine.tensor.Blas;
import org.gradflow.engine.tensor.FloatKernels;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;

/**
 * A dense layer at run time, with every buffer allocated once for up to {@code maxRows} examples.
 * Forward: z = x W + b; u = BN(z) or z; a = f(u); h = BN(a) or a; y = h * mask / (1 - p) or h; out = y (+ the
 * block input at the end of a residual block). Backward mirrors it from dL/d(out). Buffers that a step would only
 * copy are shared (for example u is z without batch norm before the activation).
 */
public final class DenseLayer {
    private final int index;
    private final LayerSpec spec;
    private final int in;
    private final int units;
    private final Param weights;
    private final Param bias;
    private final BatchNorm normBefore;
    private final BatchNorm normAfter;
    private final Activation activation;
    private final double dropout;

    private final Mat input;
    private final Mat z;
    private final Mat u;
    private final Mat a;
    private final Mat h;
    private final Mat mask;
    private final Mat y;
    private final Mat out;
    private final Mat residualInput;
    private Mat residualGradient;

    private final Mat dOut;
    private final Mat dH;
    private final Mat dA;
    private final Mat dU;
    private final Mat dZ;
    private final double[] columnSums;
    private ActivationStats stats;

    /**
     * @param input the matrix this layer reads, [maxRows, in] (the previous layer's output or the network input)
     * @param residualInput the block input added to this layer's output when it ends a residual block, else {@code null}
     */
    DenseLayer(int index, LayerSpec spec, Mat input, Mat residualInput, Precision precision, int maxRows) {
        this.index = index;
        this.spec = spec;
        this.in = input.cols();
        this.units = spec.units();
        this.input = input;
        String name = "layers[" + index + "]";
        this.weights = new Param(name + ".W", Param.Role.WEIGHT, index, precision, in, units);
        this.bias = new Param(name + ".b", Param.Role.BIAS, index, precision, 1, units);
        this.normBefore = spec.batchNorm() == NormPlacement.BEFORE_ACTIVATION
                ? new BatchNorm(name + ".bn", index, precision, maxRows, units) : null;
        this.normAfter = spec.batchNorm() == NormPlacement.AFTER_ACTIVATION
                ? new BatchNorm(name + ".bn", index, precision, maxRows, units) : null;
        this.activation = Activations.create(spec.activation(), maxRows * units);
        this.dropout = spec.dropout();

        this.z = Mat.zeros(precision, maxRows, units);
        this.u = normBefore != null ? Mat.zeros(precision, maxRows, units) : z;
        this.a = Mat.zeros(precision, maxRows, units);
        this.h = normAfter != null ? Mat.zeros(precision, maxRows, units) : a;
        this.mask = dropout > 0 ? Mat.zeros(precision, maxRows, units) : null;
        this.y = dropout > 0 ? Mat.zeros(precision, maxRows, units) : h;
        this.residualInput = residualInput;
        this.out = residualInput != null ? Mat.zeros(precision, maxRows, units) : y;

        this.dOut = Mat.zeros(precision, maxRows, units);
        this.dH = dropout > 0 ? Mat.zeros(precision, maxRows, units) : dOut;
        this.dA = normAfter != null ? Mat.zeros(precision, maxRows, units) : dH;
        this.dU = Mat.zeros(precision, maxRows, units);
        this.dZ = normBefore != null ? Mat.zeros(precision, maxRows, units) : dU;
        this.columnSums = new double[units];
    }

    /**
     * Makes this layer, the first of a residual block, add the block end's output gradient dL/d(out) to its input
     * gradient (the skip path). Called once while the network is wired.
     */
    void linkResidualGradient(Mat blockEndOutputGradient) {
        this.residualGradient = blockEndOutputGradient;
    }

    /**
     * Makes the activation passes accumulate the statistics' sums ({@link #activationStats()}), or stops them.
     */
    void collectStatistics(boolean on) {
        stats = on ? new ActivationStats(units) : null;
    }

    /**
     * @return the sums the last forward and backward passes accumulated (check their valid flags), or {@code null}
     *         when statistics are not collected
     */
    public ActivationStats activationStats() {
        return stats;
    }

    /** Fills W with the spec's initialiser and b with the bias constant. */
    void initialize(SplittableRandom random) {
        Initializers.fill(spec.weightInit(), weights.value(), random);
        bias.value().fill(spec.biasInit());
    }

    /**
     * @param noise random source for dropout masks and RReLU slopes while training; {@code null} reuses the last ones
     */
    void forward(int rows, boolean training, SplittableRandom noise) {
        int n = rows * units;
        Mat w = weights.value();
        Mat b = bias.value();
        if (units <= FloatKernels.CHUNK && FloatKernels.allFloat(b, z)) {
            float[] row = FloatKernels.scratch().f;
            b.getFloats(0, row, units);
            for (int r = 0; r < rows; r++) {
                z.putFloats(r * units, row, units);
            }
        } else {
            for (int r = 0; r < rows; r++) {
                int base = r * units;
                for (int j = 0; j < units; j++) {
                    z.set(base + j, b.get(j));
                }
            }
        }
        Blas.gemm(false, false, rows, units, in, 1, input, w, 1, z);
        if (normBefore != null) {
            normBefore.forward(z, u, rows, training);
        }
        activation.forward(u, a, rows, n, training, noise, stats);
        if (normAfter != null) {
            normAfter.forward(a, h, rows, training);
        }
        if (mask != null) {
            applyDropout(n, training, noise);
        }
        if (residualInput != null) {
            for (int i = 0; i < n; i++) {
                out.set(i, y.get(i) + residualInput.get(i));
            }
        }
    }

    private void applyDropout(int n, boolean training, SplittableRandom noise) {
        if (!training) {
            y.copyFrom(h, n);
            return;
        }
        if (noise != null) {
            double keep = 1 / (1 - dropout);
            for (int i = 0; i < n; i++) {
                mask.set(i, noise.nextDouble() < dropout ? 0 : keep);
            }
        }
        for (int i = 0; i < n; i++) {
            y.set(i, h.get(i) * mask.get(i));
        }
    }

    /**
     * Backward pass from dL/d(out) (in {@link #outputGradient()}), or from dL/du already in {@link #activationInputGradient()}
     * when {@code activationGradientGiven} (losses fused with their output activation).
     *
     * @param gradScale factor on this micro-batch's parameter gradients (1/k for k accumulated micro-batches)
     * @param accumulate whether to add to the parameter gradients instead of overwriting them
     * @param inputGradient where dL/d(input) goes (the previous layer's output gradient), or {@code null} to skip it
     */
    void backward(int rows, double gradScale, boolean accumulate, boolean activationGradientGiven, Mat inputGradient) {
        int n = rows * units;
        if (stats != null) {
            stats.backwardValid = false;
        }
        if (!activationGradientGiven) {
            if (mask != null) {
                for (int i = 0; i < n; i++) {
                    dH.set(i, dOut.get(i) * mask.get(i));
                }
            }
            if (normAfter != null) {
                normAfter.backward(dH, dA, rows, gradScale, accumulate);
            }
            activation.backward(u, a, dA, dU, rows, n, stats);
        }
        if (normBefore != null) {
            normBefore.backward(dU, dZ, rows, gradScale, accumulate);
        }
        double keep = accumulate ? 1 : 0;
        Blas.gemm(true, false, in, units, rows, gradScale, input, dZ, keep, weights.grad());
        Mat gb = bias.grad();
        java.util.Arrays.fill(columnSums, 0);
        if (units <= FloatKernels.CHUNK && dZ.isFloat()) {
            float[] row = FloatKernels.scratch().f;
            for (int r = 0; r < rows; r++) {
                dZ.getFloats(r * units, row, units);
                for (int j = 0; j < units; j++) {
                    columnSums[j] += row[j];
                }
            }
        } else {
            for (int r = 0; r < rows; r++) {
                int base = r * units;
                for (int j = 0; j < units; j++) {
                    columnSums[j] += dZ.get(base + j);
                }
            }
        }
        for (int j = 0; j < units; j++) {
            gb.set(j, keep * gb.get(j) + gradScale * columnSums[j]);
        }
        if (inputGradient != null) {
            double beta = 0;
            if (residualGradient != null) {
                inputGradient.copyFrom(residualGradient, rows * in);
                beta = 1;
            }
            Blas.gemm(false, true, rows, in, units, 1, dZ, weights.value(), beta, inputGradient);
        }
    }

    public int index() { return index; }
    public LayerSpec spec() { return spec; }
    public int inputWidth() { return in; }
    public int units() { return units; }
    public Param weights() { return weights; }
    public Param bias() { return bias; }
    /** @return batch norm before the activation, or {@code null} */
    public BatchNorm normBefore() { return normBefore; }
    /** @return batch norm after the activation, or {@code null} */
    public BatchNorm normAfter() { return normAfter; }
    public Activation activation() { return activation; }
    /** @return the pre-activation z = x W + b */
    public Mat preActivation() { return z; }
    /** @return the activation input u (z, or BN(z)) */
    public Mat activationInput() { return u; }
    /** @return the activation output a = f(u) */
    public Mat activationOutput() { return a; }
    /** @return the layer's output before dropout and residual: h = a, or BN(a) */
    public Mat normalizedOutput() { return h; }
    /** @return what the next layer reads */
    public Mat output() { return out; }
    /** @return dL/d(out), written by the next layer or the loss */
    public Mat outputGradient() { return dOut; }
    /** @return dL/du */
    public Mat activationInputGradient() { return dU; }
    /** @return dL/dz, the backpropagated signal */
    public Mat preActivationGradient() { return dZ; }
    /** @return the dropout mask (0 or 1/(1-p) per element), or {@code null} without dropout */
    public Mat dropoutMask() { return mask; }
}
