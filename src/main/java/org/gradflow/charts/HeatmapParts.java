package org.gradflow.charts;

import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The pieces every GradFlow heatmap shares: the block renderer, the colour bar and the marker legend. */
final class HeatmapParts {
    private HeatmapParts() {
    }

    /** @return a block renderer of blocks {@code width} by {@code height} coloured by {@code scale} */
    static XYBlockRenderer renderer(HeatScale scale, double width, double height) {
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(width);
        renderer.setBlockHeight(height);
        return renderer;
    }

    /** Adds a colour bar for {@code scale} at the right of {@code chart}, labelled by {@code axis}. */
    static void colourBar(JFreeChart chart, HeatScale scale, NumberAxis axis) {
        Objects.requireNonNull(axis, "axis");
        PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setSubdivisionCount(256);
        bar.setStripWidth(16);
        bar.setAxisOffset(4);
        bar.setMargin(new RectangleInsets(8, 12, 8, 0));
        chart.addSubtitle(bar);
    }

    /** Adds a legend at the bottom listing {@code items}, when there are any. */
    static void legend(JFreeChart chart, List<LegendItem> items) {
        if (items.isEmpty()) {
            return;
        }
        LegendItemCollection collection = new LegendItemCollection();
        items.forEach(collection::add);
        chart.getXYPlot().setFixedLegendItems(collection);
        LegendTitle legend = new LegendTitle(chart.getXYPlot());
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addLegend(legend);
    }
}
