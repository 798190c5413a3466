package org.gradflow.model;

/**
 * A residual block: the input of layer {@code firstLayer} is added to the output of layer
 * {@code firstLayer + layerCount - 1}. Layers are numbered from 0 at the input side.
 *
 * @param firstLayer index of the block's first layer, at least 0
 * @param layerCount 1 or 2
 */
public record ResidualSpec(int firstLayer, int layerCount) {
    public ResidualSpec {
        Check.intInRange("firstLayer", firstLayer, 0, Integer.MAX_VALUE);
        Check.intInRange("layerCount", layerCount, 1, 2);
    }

    /** @return index of the block's last layer */
    public int lastLayer() {
        return firstLayer + layerCount - 1;
    }
}
