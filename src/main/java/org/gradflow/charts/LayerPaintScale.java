package org.gradflow.charts;

import java.awt.Paint;
import java.util.Objects;

import org.jfree.chart.renderer.PaintScale;

/**
 * The layer colours as a {@link PaintScale} from 0.5 to {@code layerCount + 0.5}, for a colour-bar legend: value k
 * (1 = input layer) has the colour of layer k in {@link Palette#layer}.
 */
final class LayerPaintScale implements PaintScale {
    private final int layerCount;
    private final Theme theme;

    /**
     * @param layerCount number of layers, at least 1
     * @param theme the theme, not {@code null}
     */
    LayerPaintScale(int layerCount, Theme theme) {
        if (layerCount < 1) {
            throw new IllegalArgumentException("layerCount must be at least 1, got " + layerCount);
        }
        this.layerCount = layerCount;
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    @Override
    public double getLowerBound() {
        return 0.5;
    }

    @Override
    public double getUpperBound() {
        return layerCount + 0.5;
    }

    @Override
    public Paint getPaint(double value) {
        int layer = Double.isNaN(value) ? 0 : (int) Math.round(value) - 1;
        return Palette.layer(Math.max(0, Math.min(layerCount - 1, layer)), layerCount, theme);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerPaintScale s && s.layerCount == layerCount && s.theme == theme;
    }

    @Override
    public int hashCode() {
        return 31 * layerCount + theme.hashCode();
    }
}
