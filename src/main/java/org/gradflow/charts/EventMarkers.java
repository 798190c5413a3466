package org.gradflow.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.EventKind;
import org.gradflow.diagnostics.HistoryEvent;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Marks the steps of {@link HistoryEvent}s on a chart whose x axis is the step: every range of non-finite steps as a
 * red line at its first step over a red band, and (on gradient charts) every range of clipped steps as a light band
 * behind the data. Ranges separated by at most 1/{@value #MERGE_FRACTION_INVERSE} of the shown steps are drawn as one
 * (a gap that is narrower than a pixel anyway), so a run with thousands of events stays fast to draw; none is dropped.
 * A merged clipped band is as opaque as the share of its steps that were clipped, so occasional clipping over a long
 * stretch does not look like constant clipping.
 */
final class EventMarkers {
    /** Ranges whose gap is below the run's span divided by this are drawn as one. */
    static final int MERGE_FRACTION_INVERSE = 1000;
    /** Opacity of a clipped band in which every step was clipped; sparser bands are lighter, down to 30% of it. */
    static final double CLIP_ALPHA = 0.25;

    private EventMarkers() {
    }

    /**
     * Adds domain markers to {@code plot}.
     *
     * @param plot a plot whose x axis is the step, not {@code null}
     * @param events the History's events, not {@code null}
     * @param clipped whether to mark clipped steps too
     * @param clipLayer where clipped bands go: {@link Layer#BACKGROUND} behind lines, {@link Layer#FOREGROUND} over
     *        heatmaps that would hide them; not {@code null}
     * @param span number of steps the x axis shows, at least 1, for merging close ranges
     * @param theme the theme, not {@code null}
     * @return legend items for the kinds of event marked, in kind order; empty when none
     */
    static List<LegendItem> add(XYPlot plot, List<HistoryEvent> events, boolean clipped, Layer clipLayer, double span,
                                Theme theme) {
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(clipLayer, "clipLayer");
        Objects.requireNonNull(theme, "theme");
        double gap = span / MERGE_FRACTION_INVERSE;
        List<LegendItem> legend = new ArrayList<>();
        List<double[]> nonFinite = merged(events, EventKind.NON_FINITE, gap);
        boolean labelled = false;
        for (double[] r : nonFinite) {
            Color fill = Palette.withAlpha(theme.nonFinite(), 0.25);
            plot.addDomainMarker(new IntervalMarker(r[0] - 0.5, r[1] + 0.5, fill), Layer.FOREGROUND);
            markValue(plot, r[0], labelled ? null : "non-finite", theme);
            labelled = true;
        }
        if (!nonFinite.isEmpty()) {
            legend.add(item("non-finite (NaN/Inf) step", theme.nonFinite()));
        }
        if (clipped) {
            List<double[]> clips = merged(events, EventKind.CLIPPED, gap);
            for (double[] r : clips) {
                double share = r[2] / (r[1] - r[0] + 1);
                Color fill = Palette.withAlpha(theme.clipped(), CLIP_ALPHA * (0.3 + 0.7 * share));
                plot.addDomainMarker(new IntervalMarker(r[0] - 0.5, r[1] + 0.5, fill), clipLayer);
            }
            if (!clips.isEmpty()) {
                legend.add(item("gradient clipped", Palette.withAlpha(theme.clipped(), CLIP_ALPHA)));
            }
        }
        return legend;
    }

    /** Adds a red line at x = {@code x} (a layer on a layer axis) labelled {@code label} (may be {@code null}). */
    static void markValue(XYPlot plot, double x, String label, Theme theme) {
        ValueMarker line = new ValueMarker(x, theme.nonFinite(), new BasicStroke(2f));
        if (label != null) {
            label(line, label, theme.nonFinite(), theme);
            line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            line.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        }
        plot.addDomainMarker(line, Layer.FOREGROUND);
    }

    /** Gives {@code marker} a label in {@code paint} on a translucent patch of the theme's background. */
    static void label(Marker marker, String label, Color paint, Theme theme) {
        marker.setLabel(label);
        marker.setLabelFont(Styler.MARKER);
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(Palette.withAlpha(theme.background(), 0.8));
    }

    /** @return a legend item with a square of {@code paint} */
    static LegendItem item(String label, Color paint) {
        LegendItem item = new LegendItem(label, paint);
        item.setShape(new Rectangle2D.Double(-5, -5, 10, 10));
        return item;
    }

    /**
     * @return the ranges of {@code kind} as {first step, last step, number of steps with the event}, neighbours
     *         closer than {@code gap} steps joined
     */
    static List<double[]> merged(List<HistoryEvent> events, EventKind kind, double gap) {
        List<double[]> out = new ArrayList<>();
        for (HistoryEvent e : events) {
            if (e.kind() != kind) {
                continue;
            }
            double[] previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && e.firstStep() - previous[1] <= gap) {
                previous[1] = Math.max(previous[1], e.lastStep());
                previous[2] += e.stepCount();
            } else {
                out.add(new double[] {e.firstStep(), e.lastStep(), e.stepCount()});
            }
        }
        return out;
    }
}
