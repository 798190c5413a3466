package org.gradflow.engine.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.ResidualSpec;

/**
 * A network instantiated from a {@link NetworkSpec}: layers wired input to output, every buffer allocated once for
 * up to {@code maxRows} examples so that training steps allocate nothing. Not thread-safe.
 */
public final class Network {
    private final NetworkSpec spec;
    private final Precision precision;
    private final int maxRows;
    private final Mat input;
    private final List<DenseLayer> layers;
    private final List<Param> params;

    /**
     * @param spec not {@code null}
     * @param precision not {@code null}
     * @param maxRows largest batch the buffers hold, at least 1
     * @param initRandom source of the initial weights, not {@code null}
     */
    public Network(NetworkSpec spec, Precision precision, int maxRows, SplittableRandom initRandom) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.precision = Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(initRandom, "initRandom");
        this.maxRows = maxRows;
        this.input = Mat.zeros(precision, maxRows, spec.inputSize());
        List<DenseLayer> built = new ArrayList<>();
        int[] blockStartByEnd = new int[spec.layers().size()];
        java.util.Arrays.fill(blockStartByEnd, -1);
        for (ResidualSpec r : spec.residuals()) {
            blockStartByEnd[r.lastLayer()] = r.firstLayer();
        }
        Mat previousOutput = input;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec ls = spec.layers().get(i);
            Mat residualInput = null;
            int start = blockStartByEnd[i];
            if (start >= 0) {
                residualInput = start == 0 ? input : built.get(start - 1).output();
            }
            DenseLayer layer = new DenseLayer(i, ls, previousOutput, residualInput, precision, maxRows);
            built.add(layer);
            if (start >= 0) {
                built.get(start).linkResidualGradient(layer.outputGradient());
            }
            previousOutput = layer.output();
        }
        this.layers = Collections.unmodifiableList(built);
        List<Param> all = new ArrayList<>();
        for (DenseLayer layer : layers) {
            all.add(layer.weights());
            all.add(layer.bias());
            for (BatchNorm bn : new BatchNorm[] {layer.normBefore(), layer.normAfter()}) {
                if (bn != null) {
                    all.add(bn.gamma());
                    all.add(bn.beta());
                }
            }
        }
        this.params = Collections.unmodifiableList(all);
        for (DenseLayer layer : layers) {
            layer.initialize(initRandom);
        }
    }

    public NetworkSpec spec() { return spec; }
    public Precision precision() { return precision; }
    /** @return the largest number of examples a pass can take */
    public int maxRows() { return maxRows; }
    /** @return the input matrix [maxRows, inputSize] that the first layer reads; fill its first rows before a pass */
    public Mat input() { return input; }
    /** @return the layers, input side first */
    public List<DenseLayer> layers() { return layers; }
    /** @return the output layer */
    public DenseLayer outputLayer() { return layers.get(layers.size() - 1); }
    /** @return every trainable parameter, layer by layer (W, b, then batch-norm scale and shift) */
    public List<Param> params() { return params; }

    /**
     * Makes every layer's float32 activation passes accumulate the statistics' sums as they go (see
     * {@link DenseLayer#activationStats()}), or stops them. Call once, before training.
     */
    public void collectStatistics(boolean on) {
        for (DenseLayer layer : layers) {
            layer.collectStatistics(on);
        }
    }

    /**
     * Runs the first {@code rows} rows of {@link #input()} through every layer.
     *
     * @param training batch statistics, dropout and random RReLU slopes when true; running statistics otherwise
     * @param noise random source for dropout masks and RReLU slopes; {@code null} reuses the previous ones
     */
    public void forward(int rows, boolean training, SplittableRandom noise) {
        checkRows(rows);
        for (DenseLayer layer : layers) {
            layer.forward(rows, training, noise);
        }
    }

    /**
     * Backward pass after {@link Loss#writeGradient}: fills every parameter's gradient.
     *
     * @param activationGradientGiven what {@link Loss#writeGradient} returned
     * @param gradScale factor on this micro-batch's gradients (1/k for k accumulated micro-batches)
     * @param accumulate whether to add to the gradients instead of overwriting them
     */
    public void backward(int rows, boolean activationGradientGiven, double gradScale, boolean accumulate) {
        checkRows(rows);
        for (int i = layers.size() - 1; i >= 0; i--) {
            Mat inputGradient = i > 0 ? layers.get(i - 1).outputGradient() : null;
            layers.get(i).backward(rows, gradScale, accumulate, i == layers.size() - 1 && activationGradientGiven,
                    inputGradient);
        }
    }

    /** @return l1 * sum |w| + l2 / 2 * sum w^2 over all weights (not biases or batch-norm parameters) */
    public double penalty(double l1, double l2) {
        double s = 0;
        for (Param p : params) {
            if (p.penalized()) {
                Mat w = p.value();
                int n = w.size();
                for (int i = 0; i < n; i++) {
                    double v = w.get(i);
                    s += l1 * Math.abs(v) + 0.5 * l2 * v * v;
                }
            }
        }
        return s;
    }

    /** Adds the penalty's gradient l1 * sign(w) + l2 * w to every weight gradient. */
    public void addPenaltyGradients(double l1, double l2) {
        if (l1 == 0 && l2 == 0) {
            return;
        }
        for (Param p : params) {
            if (p.penalized()) {
                Mat w = p.value();
                Mat g = p.grad();
                int n = w.size();
                for (int i = 0; i < n; i++) {
                    double v = w.get(i);
                    g.set(i, g.get(i) + l1 * Math.signum(v) + l2 * v);
                }
            }
        }
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > maxRows) {
            throw new IllegalArgumentException("rows must be between 1 and " + maxRows + ", got " + rows);
        }
    }
}
