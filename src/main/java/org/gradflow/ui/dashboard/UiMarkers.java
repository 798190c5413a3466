package org.gradflow.ui.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.charts.Palette;
import org.gradflow.charts.Theme;
import org.gradflow.ui.train.RunEvent;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws the user's changes during a run (learning rate, optimiser, clipping, L1/L2) as dashed vertical lines at their
 * step on charts whose x axis is the step, each labelled with its description.
 */
final class UiMarkers {
    /** Colour of event markers: a blue that differs from the red non-finite and orange clipping marks. */
    static final Color LIGHT = new Color(0x1F5FBF);
    static final Color DARK = new Color(0x7FB2FF);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private UiMarkers() {
    }

    /**
     * @param plot a plot whose x axis is the step
     * @param events the events to mark
     * @param theme the chart theme
     * @return the markers added (to remove them later)
     */
    static List<ValueMarker> add(XYPlot plot, List<RunEvent> events, Theme theme) {
        List<ValueMarker> added = new ArrayList<>();
        Color colour = theme == Theme.DARK ? DARK : LIGHT;
        for (RunEvent e : events) {
            ValueMarker m = new ValueMarker(e.step() - 0.5, colour, DASHED);
            m.setLabel(e.description());
            m.setLabelFont(FONT);
            m.setLabelPaint(colour);
            m.setLabelBackgroundColor(Palette.withAlpha(theme.background(), 0.85));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
            added.add(m);
        }
        return added;
    }

    /** Removes markers added by {@link #add}. */
    static void remove(XYPlot plot, List<ValueMarker> markers) {
        for (ValueMarker m : markers) {
            plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
        }
    }
}
