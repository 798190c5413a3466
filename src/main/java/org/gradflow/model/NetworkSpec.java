package org.gradflow.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A multilayer perceptron: input width, dense layers from input to output side, and residual blocks.
 *
 * @param inputSize number of input features, 1 to {@value LayerSpec#MAX_UNITS}
 * @param layers the layers, input side first, 1 to {@value #MAX_LAYERS}; not {@code null}, copied
 * @param residuals residual blocks, not {@code null} (may be empty), copied; they may not overlap, may not
 *        contain the output layer, and the block's input width must equal its output width
 */
public record NetworkSpec(int inputSize, List<LayerSpec> layers, List<ResidualSpec> residuals) {
    public static final int MAX_LAYERS = 1_000;

    public NetworkSpec {
        Check.intInRange("inputSize", inputSize, 1, LayerSpec.MAX_UNITS);
        Check.notNull("layers", layers);
        Check.notNull("residuals", residuals);
        layers = List.copyOf(layers);
        residuals = List.copyOf(residuals);
        Check.intInRange("layers.size", layers.size(), 1, MAX_LAYERS);
        validateLayers(layers);
        validateResiduals(inputSize, layers, residuals);
    }

    /** A network without residual blocks. */
    public static NetworkSpec of(int inputSize, List<LayerSpec> layers) {
        return new NetworkSpec(inputSize, layers, List.of());
    }

    /** @return the output layer, never {@code null} */
    public LayerSpec outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** @return the input width of layer {@code index} */
    public int inputWidthOf(int index) {
        return index == 0 ? inputSize : layers.get(index - 1).units();
    }

    /** @return total number of trainable parameters (weights, biases, batch-norm scale and shift) */
    public long parameterCount() {
        long count = 0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            count += (long) inputWidthOf(i) * l.units() + l.units();
            if (l.batchNorm() != NormPlacement.NONE) {
                count += 2L * l.units();
            }
        }
        return count;
    }

    private static void validateLayers(List<LayerSpec> layers) {
        int last = layers.size() - 1;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = Check.notNull("layers[" + i + "]", layers.get(i));
            if (l.activation().kind() == ActivationKind.SOFTMAX && i != last) {
                throw new InvalidSpecException("layers[" + i + "].activation", "softmax is allowed on the output layer only");
            }
        }
        LayerSpec out = layers.get(last);
        if (out.dropout() != 0) {
            throw new InvalidSpecException("layers[" + last + "].dropout", "the output layer cannot have dropout");
        }
        if (out.batchNorm() != NormPlacement.NONE) {
            throw new InvalidSpecException("layers[" + last + "].batchNorm", "the output layer cannot have batch normalisation");
        }
    }

    private static void validateResiduals(int inputSize, List<LayerSpec> layers, List<ResidualSpec> residuals) {
        List<ResidualSpec> sorted = new ArrayList<>(residuals);
        sorted.sort(Comparator.comparingInt(ResidualSpec::firstLayer));
        int previousEnd = -1;
        for (ResidualSpec r : sorted) {
            String field = "residuals[" + residuals.indexOf(r) + "]";
            if (r.lastLayer() >= layers.size() - 1) {
                throw new InvalidSpecException(field, "a residual block must end before the output layer (layer "
                        + (layers.size() - 1) + "), but it spans layers " + r.firstLayer() + " to " + r.lastLayer());
            }
            if (r.firstLayer() <= previousEnd) {
                throw new InvalidSpecException(field, "overlaps another residual block ending at layer " + previousEnd);
            }
            int in = r.firstLayer() == 0 ? inputSize : layers.get(r.firstLayer() - 1).units();
            int out = layers.get(r.lastLayer()).units();
            if (in != out) {
                throw new InvalidSpecException(field, "the block's input width " + in
                        + " must equal its output width " + out + " (layer " + r.lastLayer() + ")");
            }
            previousEnd = r.lastLayer();
        }
    }
}
