package org.gradflow.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.Palette;
import org.gradflow.charts.Theme;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;

/**
 * Marks the selected layer on one chart: on the charts with a line per layer the other layers fade and the selected
 * line gets thicker; on the charts over the layers (gradient flow, activations) a band marks its column; on the
 * heatmap a frame marks its row. Created once per shown chart; JavaFX thread only.
 */
final class LayerHighlight {
    private final ChartKind kind;
    private final XYPlot plot;
    private final Theme theme;
    private final List<Paint> paints = new ArrayList<>();
    private final List<Stroke> strokes = new ArrayList<>();
    private IntervalMarker marker;
    private int layer = -1;

    /** @param kind the chart's kind; @param plot its plot; @param theme its theme */
    LayerHighlight(ChartKind kind, XYPlot plot, Theme theme) {
        this.kind = kind;
        this.plot = plot;
        this.theme = theme;
        if (perLayerLines(kind)) {
            XYItemRenderer r = plot.getRenderer(0);
            int n = plot.getDataset(0) == null ? 0 : plot.getDataset(0).getSeriesCount();
            for (int i = 0; i < n; i++) {
                paints.add(r.getSeriesPaint(i));
                strokes.add(r.getSeriesStroke(i));
            }
        }
    }

    /** @return whether series k of dataset 0 is layer k on charts of this kind */
    static boolean perLayerLines(ChartKind kind) {
        return kind == ChartKind.GRADIENT_NORMS || kind == ChartKind.SATURATION || kind == ChartKind.DEAD_UNITS
                || kind == ChartKind.UPDATE_RATIO;
    }

    /**
     * Shows {@code selected} (0-based; -1 for none) without firing events; the caller publishes.
     */
    void select(int selected) {
        if (selected == layer) {
            return;
        }
        layer = selected;
        if (perLayerLines(kind)) {
            XYItemRenderer r = plot.getRenderer(0);
            for (int i = 0; i < paints.size(); i++) {
                Paint p = paints.get(i);
                Stroke s = strokes.get(i);
                if (layer >= 0 && i != layer && p instanceof Color c) {
                    p = Palette.withAlpha(c, 0.18);
                }
                if (i == layer && s instanceof BasicStroke b) {
                    s = new BasicStroke(b.getLineWidth() * 2.2f, b.getEndCap(), b.getLineJoin());
                }
                r.setSeriesPaint(i, p, false);
                r.setSeriesStroke(i, s, false);
            }
            return;
        }
        if (marker != null) {
            if (kind == ChartKind.GRADIENT_HEATMAP) {
                plot.removeRangeMarker(0, marker, Layer.FOREGROUND, false);
            } else {
                plot.removeDomainMarker(0, marker, Layer.BACKGROUND, false);
            }
            marker = null;
        }
        if (layer < 0) {
            return;
        }
        Color accent = theme == Theme.DARK ? UiMarkers.DARK : UiMarkers.LIGHT;
        if (kind == ChartKind.GRADIENT_FLOW || kind == ChartKind.ACTIVATIONS) {
            marker = new IntervalMarker(layer + 0.5, layer + 1.5, Palette.withAlpha(accent, 0.16));
            plot.addDomainMarker(0, marker, Layer.BACKGROUND, false);
        } else if (kind == ChartKind.GRADIENT_HEATMAP) {
            marker = new IntervalMarker(layer + 0.5, layer + 1.5, new Color(0, 0, 0, 0), new BasicStroke(2.5f),
                    theme == Theme.DARK ? Color.WHITE : Color.BLACK, new BasicStroke(2.5f), 1f);
            marker.setOutlinePaint(theme == Theme.DARK ? Color.WHITE : Color.BLACK);
            marker.setOutlineStroke(new BasicStroke(2.5f));
            plot.addRangeMarker(0, marker, Layer.FOREGROUND, false);
        }
    }
}
