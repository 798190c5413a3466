package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The legend of a chart with one line per layer. Up to {@value #MAX_LAYER_ITEMS} layers it lists "layer 1 (input)" ..
 * "layer N (output)"; beyond that a colour bar "layer 1 .. N" at the right replaces the per-layer items, so a 50- or
 * 500-layer chart keeps a legend of constant size. Extra items (event markers, reference lines) are always listed.
 */
final class LayerLegend {
    /** Most layers listed one by one. */
    static final int MAX_LAYER_ITEMS = 12;

    private LayerLegend() {
    }

    /**
     * @param chart the chart, not {@code null}; gets a legend at the bottom and perhaps a colour bar at the right
     * @param layerCount number of layers, at least 1
     * @param extra further legend items, not {@code null}
     * @param theme the theme, not {@code null}
     */
    static void add(JFreeChart chart, int layerCount, List<LegendItem> extra, Theme theme) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(theme, "theme");
        XYPlot plot = chart.getXYPlot();
        LegendItemCollection items = new LegendItemCollection();
        if (layerCount <= MAX_LAYER_ITEMS) {
            for (int layer = 0; layer < layerCount; layer++) {
                items.add(new LegendItem(name(layer, layerCount), null, null, null, new Line2D.Double(-8, 0, 8, 0),
                        new BasicStroke(3f), Palette.layer(layer, layerCount, theme)));
            }
        } else {
            chart.addSubtitle(colourBar(layerCount, theme));
        }
        extra.forEach(items::add);
        plot.setFixedLegendItems(items);
        if (items.getItemCount() > 0) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setMargin(new RectangleInsets(6, 4, 0, 4));
            chart.addLegend(legend);
        }
    }

    /** @return "layer k", with " (input)" for the first and " (output)" for the last of several layers */
    static String name(int layer, int layerCount) {
        String name = "layer " + (layer + 1);
        if (layerCount > 1 && layer == 0) {
            return name + " (input)";
        }
        if (layerCount > 1 && layer == layerCount - 1) {
            return name + " (output)";
        }
        return name;
    }

    private static PaintScaleLegend colourBar(int layerCount, Theme theme) {
        NumberAxis axis = Axes.layers(layerCount);
        PaintScaleLegend bar = new PaintScaleLegend(new LayerPaintScale(layerCount, theme), axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setSubdivisionCount(Math.max(100, 4 * layerCount));
        bar.setStripWidth(14);
        bar.setAxisOffset(4);
        bar.setMargin(new RectangleInsets(8, 12, 8, 0));
        return bar;
    }
}
