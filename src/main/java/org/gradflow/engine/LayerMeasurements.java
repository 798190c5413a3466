package org.gradflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.nn.Param;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;

/**
 * Collects one step's {@link LayerStats} in two halves: what the forward and backward passes left in the buffers
 * (before the optimiser changes the weights), then the weights and the update. Its arrays are reused every step.
 */
final class LayerMeasurements {
    private final ActivationSummary summary;
    private final int layerCount;
    private final double[] gradW;
    private final double[] gradB;
    private final double[] signal;
    private final double[] actMean;
    private final double[] actStd;
    private final double[] saturation;
    private final double[] dead;
    private final boolean[] forwardNonFinite;
    private final double[] weightSquaresBefore;
    private final double[] updateSquares;
    private final double[] weightSquaresAfter;
    private boolean updated;

    LayerMeasurements(NetworkSpec spec) {
        this.layerCount = spec.layers().size();
        this.summary = new ActivationSummary(spec.layers().stream().mapToInt(LayerSpec::units).max().orElse(1));
        this.gradW = new double[layerCount];
        this.gradB = new double[layerCount];
        this.signal = new double[layerCount];
        this.actMean = new double[layerCount];
        this.actStd = new double[layerCount];
        this.saturation = new double[layerCount];
        this.dead = new double[layerCount];
        this.forwardNonFinite = new boolean[layerCount];
        this.weightSquaresBefore = new double[layerCount];
        this.updateSquares = new double[layerCount];
        this.weightSquaresAfter = new double[layerCount];
    }

    /**
     * Reads activations of the last micro-batch, dL/dz and the parameter gradients.
     *
     * @return whether any of them was NaN or infinite
     */
    /**
     * @param paramGradSquares sum of squared gradients of each of {@code network.params()}, in that order
     */
    boolean measureBeforeUpdate(Network network, int rows, double[] paramGradSquares) {
        boolean nonFinite = false;
        List<Param> params = network.params();
        for (int p = 0; p < params.size(); p++) {
            Param param = params.get(p);
            if (param.role() == Param.Role.WEIGHT) {
                gradW[param.layer()] = Math.sqrt(paramGradSquares[p]);
            } else if (param.role() == Param.Role.BIAS) {
                gradB[param.layer()] = Math.sqrt(paramGradSquares[p]);
            }
        }
        for (DenseLayer layer : network.layers()) {
            int i = layer.index();
            summary.summarize(layer, rows);
            actMean[i] = summary.mean;
            actStd[i] = summary.std;
            saturation[i] = summary.saturation;
            dead[i] = summary.deadFraction;
            var fused = layer.activationStats();
            boolean fusedSignal = fused != null && fused.backwardValid && layer.normBefore() == null;
            signal[i] = Math.sqrt(fusedSignal ? fused.gradSquares
                    : layer.preActivationGradient().sumOfSquares(rows * layer.units()));
            forwardNonFinite[i] = summary.nonFinite || !Double.isFinite(signal[i]) || !Double.isFinite(gradW[i])
                    || !Double.isFinite(gradB[i]);
            nonFinite |= forwardNonFinite[i];
        }
        return nonFinite;
    }

    /** @return per layer, histograms of the weight gradients and of the outputs h */
    List<LayerHistograms> histograms(Network network, int rows) {
        List<LayerHistograms> out = new ArrayList<>(layerCount);
        for (DenseLayer layer : network.layers()) {
            out.add(new LayerHistograms(HistogramCollector.gradients(layer.weights().grad()),
                    HistogramCollector.activations(layer.normalizedOutput(), rows * layer.units())));
        }
        return out;
    }

    /** Records a layer's weight update: squared sums of the change, of W before and of W after. */
    void recordUpdate(int layer, double changeSquares, double beforeSquares, double afterSquares) {
        updateSquares[layer] = changeSquares;
        weightSquaresBefore[layer] = beforeSquares;
        weightSquaresAfter[layer] = afterSquares;
        updated = true;
    }

    /** Marks this step as one without an update (its update ratios are NaN, weight norms read from W). */
    void skipUpdate() {
        Arrays.fill(updateSquares, Double.NaN);
        updated = false;
    }

    /** @return the step's statistics, with weight norms after the update (the update was told by {@link #recordUpdate}) */
    List<LayerStats> measureAfterUpdate(Network network) {
        List<LayerStats> out = new ArrayList<>(layerCount);
        for (DenseLayer layer : network.layers()) {
            int i = layer.index();
            double weightNorm = Math.sqrt(updated ? weightSquaresAfter[i] : layer.weights().value().sumOfSquares());
            double ratio = Math.sqrt(updateSquares[i]) / Math.sqrt(weightSquaresBefore[i]);
            boolean nonFinite = forwardNonFinite[i] || !Double.isFinite(weightNorm);
            out.add(new LayerStats(gradW[i], gradB[i], signal[i], ratio, weightNorm, actMean[i], actStd[i],
                    saturation[i], dead[i], nonFinite));
        }
        return out;
    }
}
