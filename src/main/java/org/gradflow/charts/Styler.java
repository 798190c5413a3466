package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Fonts and theme colours of GradFlow charts, applied to a finished chart: titles, legends, colour bars, the plot and
 * every axis. Fonts are the logical {@link Font#SANS_SERIF} font in fixed sizes (points at scale 1).
 */
final class Styler {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font MARKER = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Styler() {
    }

    /**
     * Creates a chart with the title font and no legend; call {@link #apply} once subtitles and legends are added.
     *
     * @param title chart title, not {@code null}
     * @param plot the plot, not {@code null}
     * @return the chart
     */
    static JFreeChart chart(String title, XYPlot plot) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(plot, "plot");
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setPadding(new RectangleInsets(10, 12, 10, 16));
        return chart;
    }

    /** Adds a subtitle line under the title. */
    static void subtitle(JFreeChart chart, String text) {
        chart.addSubtitle(new TextTitle(text, SUBTITLE));
    }

    /**
     * Applies fonts and the theme's colours to everything in {@code chart}.
     *
     * @param chart a chart with an {@link XYPlot}, not {@code null}
     * @param theme the theme, not {@code null}
     * @return {@code chart}
     */
    static JFreeChart apply(JFreeChart chart, Theme theme) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(theme, "theme");
        chart.setBackgroundPaint(theme.background());
        chart.getTitle().setPaint(theme.text());
        chart.getTitle().setFont(TITLE);
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            style(chart.getSubtitle(i), theme);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(theme.plotBackground());
        plot.setOutlinePaint(theme.axis());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeMinorGridlinePaint(theme.minorGrid());
        plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i), theme);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i), theme);
        }
        return chart;
    }

    private static void style(Title title, Theme theme) {
        if (title instanceof TextTitle t) {
            t.setPaint(theme.text());
            t.setFont(SUBTITLE);
        } else if (title instanceof LegendTitle legend) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(theme.text());
            legend.setBackgroundPaint(theme.background());
            legend.setFrame(BlockBorder.NONE);
        } else if (title instanceof PaintScaleLegend bar) {
            bar.setBackgroundPaint(theme.background());
            bar.setStripOutlinePaint(theme.axis());
            style(bar.getAxis(), theme);
        }
    }

    private static void style(Axis axis, Theme theme) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(theme.text());
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(theme.text());
        axis.setAxisLinePaint(theme.axis());
        axis.setTickMarkPaint(theme.axis());
    }
}
