package org.gradflow.ui.dashboard;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.gradflow.charts.DecadeRange;
import org.gradflow.charts.LogAxes;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;

/** Widening the fixed axes of GradFlow charts as live data outgrows them, the way the chart builders size them. */
final class AxisRanges {
    /** Most labelled decades before labels skip decades (as {@link LogAxes} does). */
    private static final int MAX_LABELS = 12;

    private AxisRanges() {
    }

    /**
     * Widens a decade log axis to whole decades covering [min, max] (never narrows it).
     *
     * @param axis the axis
     * @param min smallest positive value shown, or NaN/infinite for none
     * @param max largest positive value shown
     * @return whether the axis changed
     */
    static boolean widenLog(LogAxis axis, double min, double max) {
        if (!(min > 0) || !Double.isFinite(max) || !(max >= min)) {
            return false;
        }
        Range r = axis.getRange();
        if (min >= r.getLowerBound() && max <= r.getUpperBound()) {
            return false;
        }
        DecadeRange wanted = LogAxes.decades(Math.min(min, r.getLowerBound()), Math.max(max, r.getUpperBound()));
        axis.setSmallestValue(wanted.lowerBound());
        axis.setRange(new Range(wanted.lowerBound(), wanted.upperBound()), true, false);
        int step = Math.max(1, (wanted.decades() + MAX_LABELS - 1) / MAX_LABELS);
        axis.setTickUnit(new NumberTickUnit(step, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                step == 1 ? 9 : 0), false, false);
        axis.setMinorTickMarksVisible(step == 1);
        return true;
    }

    /**
     * Widens a linear axis to halves covering [min, max] (never narrows it).
     *
     * @return whether the axis changed
     */
    static boolean widenHalves(ValueAxis axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return false;
        }
        Range r = axis.getRange();
        if (min >= r.getLowerBound() && max <= r.getUpperBound()) {
            return false;
        }
        double lower = Math.min(r.getLowerBound(), Math.floor(min * 2) / 2);
        double upper = Math.max(r.getUpperBound(), Math.ceil(max * 2) / 2);
        axis.setRange(new Range(lower, upper), true, false);
        return true;
    }
}
