package org.gradflow.charts;

import java.awt.Paint;
import java.util.Objects;

import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;

/**
 * Flat bars from each item's start-y to end-y, item k coloured as layer k+1 in {@link Palette#layer}: on a log axis
 * the bars start at the axis' lower bound, since a log axis has no 0. Items with a NaN bound are not drawn.
 */
final class LayerBarRenderer extends XYBarRenderer {
    private static final long serialVersionUID = 1L;

    private final int layerCount;
    private final Theme theme;

    /**
     * @param layerCount number of layers (items), at least 1
     * @param theme the theme, not {@code null}
     */
    LayerBarRenderer(int layerCount, Theme theme) {
        this.layerCount = layerCount;
        this.theme = Objects.requireNonNull(theme, "theme");
        setUseYInterval(true);
        setBarPainter(new StandardXYBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setMargin(0);
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        return Palette.layer(item, layerCount, theme);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerBarRenderer r && r.layerCount == layerCount && r.theme == theme && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + layerCount;
    }
}
