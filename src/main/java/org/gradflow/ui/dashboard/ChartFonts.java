package org.gradflow.ui.dashboard;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Shrinks a chart's fonts for the dashboard: the chart builders size text for exports of 1600 x 1000, a dashboard
 * cell is a quarter of that. Exports are built afresh and keep their sizes.
 */
final class ChartFonts {
    /** Dashboard font size relative to the export's. */
    static final float SCALE = 0.72f;

    private ChartFonts() {
    }

    /** Scales every font of {@code chart} by {@link #SCALE}, without firing events. */
    static void shrink(JFreeChart chart) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scaled(chart.getTitle().getFont()));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            shrink(chart.getSubtitle(i));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setNoDataMessageFont(scaled(plot.getNoDataMessageFont()));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            shrink(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            shrink(plot.getRangeAxis(i));
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            var domain = plot.getDomainMarkers(layer);
            if (domain != null) {
                for (Object m : domain) {
                    shrink((Marker) m);
                }
            }
            var range = plot.getRangeMarkers(layer);
            if (range != null) {
                for (Object m : range) {
                    shrink((Marker) m);
                }
            }
        }
    }

    private static void shrink(Title t) {
        if (t instanceof TextTitle text) {
            text.setFont(scaled(text.getFont()));
        } else if (t instanceof LegendTitle legend) {
            legend.setItemFont(scaled(legend.getItemFont()));
        } else if (t instanceof PaintScaleLegend bar) {
            shrink(bar.getAxis());
            bar.setStripWidth(bar.getStripWidth() * SCALE);
        }
    }

    private static void shrink(Axis axis) {
        if (axis != null) {
            axis.setLabelFont(scaled(axis.getLabelFont()));
            axis.setTickLabelFont(scaled(axis.getTickLabelFont()));
        }
    }

    private static void shrink(Marker m) {
        if (m.getLabelFont() != null) {
            m.setLabelFont(scaled(m.getLabelFont()));
        }
    }

    private static Font scaled(Font f) {
        return f == null ? null : f.deriveFont(Math.max(9f, f.getSize2D() * SCALE));
    }
}
