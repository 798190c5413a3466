package org.gradflow.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * Log axes that never exaggerate: their range is the data's span rounded out to whole decades, at least
 * {@value #MIN_DECADES} decades wide, with a labelled tick at every decade (or every k-th decade for very wide spans).
 * So a healthy run whose gradients stay within one decade is not stretched to look like vanishing.
 */
public final class LogAxes {
    /** Minimum width of a computed range, in decades. */
    public static final int MIN_DECADES = 2;
    /** Lowest exponent a range may reach (doubles underflow near 1e-308). */
    public static final int MIN_EXPONENT = -300;
    /** Highest exponent a range may reach. */
    public static final int MAX_EXPONENT = 300;
    /** Range used when there is no positive finite value: 1e-3 to 1e0. */
    public static final DecadeRange DEFAULT = new DecadeRange(-3, 0);
    /** Most labelled ticks before labels skip decades. */
    static final int MAX_LABELS = 12;

    private LogAxes() {
    }

    /**
     * The decade range of data whose smallest positive finite value is {@code min} and largest is {@code max}:
     * [floor(log10 min), ceil(log10 max)], widened to {@value #MIN_DECADES} decades (a first missing decade is added
     * below, a second above) and clamped to [{@value #MIN_EXPONENT}, {@value #MAX_EXPONENT}]. For example 3e-7..2e-1
     * gives 1e-7..1e0 and a single value 1e-3 gives 1e-4..1e-2.
     *
     * @param min smallest value, finite and above 0
     * @param max largest value, finite and at least {@code min}
     * @return the range, never {@code null}
     * @throws IllegalArgumentException if {@code min} or {@code max} is not positive and finite, or max &lt; min
     */
    public static DecadeRange decades(double min, double max) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("need 0 < min <= max < infinity, got " + min + " and " + max);
        }
        int low = clamp((int) Math.floor(Math.log10(min)));
        int high = clamp((int) Math.ceil(Math.log10(max)));
        int missing = MIN_DECADES - (high - low);
        if (missing > 0) {
            low -= (missing + 1) / 2;
            high += missing / 2;
        }
        if (low < MIN_EXPONENT) {
            high += MIN_EXPONENT - low;
            low = MIN_EXPONENT;
        }
        if (high > MAX_EXPONENT) {
            low -= high - MAX_EXPONENT;
            high = MAX_EXPONENT;
        }
        return new DecadeRange(low, high);
    }

    /**
     * @param values any values, not {@code null}; NaN, infinities, zero and negatives are ignored
     * @return {@link #decades(double, double)} of the positive finite values, or {@link #DEFAULT} when there are none
     */
    public static DecadeRange decadesOf(double... values) {
        Objects.requireNonNull(values, "values");
        ValueSpan span = ValueSpan.positive();
        span.addAll(values);
        return decadesOf(span);
    }

    static DecadeRange decadesOf(ValueSpan span) {
        return span.isEmpty() ? DEFAULT : decades(span.min(), span.max());
    }

    /**
     * A fixed base-10 log axis over {@code range}: no auto-range, a labelled tick (10 with a superscript exponent) at
     * every decade or, for spans wider than {@value #MAX_LABELS} decades, every k-th decade, and minor ticks at 2..9
     * times each decade when every decade is labelled.
     *
     * @param label axis label, not {@code null}
     * @param range the range, not {@code null}
     * @return a new axis
     */
    public static LogAxis axis(String label, DecadeRange range) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(range, "range");
        DecadeAxis axis = new DecadeAxis(label);
        axis.setSmallestValue(range.lowerBound());
        axis.setAutoRange(false);
        axis.setRange(range.lowerBound(), range.upperBound());
        int step = decadesPerLabel(range);
        DecimalFormat exponent = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setTickUnit(new NumberTickUnit(step, exponent, step == 1 ? 9 : 0));
        axis.setMinorTickMarksVisible(step == 1);
        return axis;
    }

    /** @return decades between labelled ticks: 1, or more so that at most {@value #MAX_LABELS} labels show */
    static int decadesPerLabel(DecadeRange range) {
        return Math.max(1, (range.decades() + MAX_LABELS - 1) / MAX_LABELS);
    }

    private static int clamp(int exponent) {
        return Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, exponent));
    }
}
