package org.gradflow.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.data.Range;

/** The fixed linear axes of GradFlow charts; none of them auto-scales. Labels use {@link Locale#ROOT}. */
final class Axes {
    /** Axis label of layer axes. */
    static final String LAYER_LABEL = "layer (1 = input)";

    private Axes() {
    }

    /**
     * @param firstStep first step shown
     * @param lastStep last step shown, at least {@code firstStep}
     * @return a step axis from {@code firstStep - 0.5} to {@code lastStep + 0.5} (so each step owns one unit) with
     *         integer ticks
     */
    static NumberAxis steps(long firstStep, long lastStep) {
        NumberAxis axis = integerAxis("step");
        axis.setRange(new Range(firstStep - 0.5, lastStep + 0.5), true, false);
        return axis;
    }

    /**
     * @param layerCount number of layers, at least 1
     * @return a layer axis from 0.5 to {@code layerCount + 0.5} with integer ticks: layer 1 (the input side) at 1
     */
    static NumberAxis layers(int layerCount) {
        NumberAxis axis = integerAxis(LAYER_LABEL);
        axis.setRange(new Range(0.5, layerCount + 0.5), true, false);
        return axis;
    }

    /** Margin of fraction axes beyond [0, 1], so that a line at exactly 0 or 1 is not hidden by the plot's edge. */
    static final double FRACTION_MARGIN = 0.02;

    /**
     * @return a linear axis for values in [0, 1], fixed to [-{@value #FRACTION_MARGIN}, 1 + {@value #FRACTION_MARGIN}]
     *         with ticks every 0.1 from 0 to 1
     */
    static NumberAxis fraction(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRange(false);
        axis.setRange(new Range(-FRACTION_MARGIN, 1 + FRACTION_MARGIN), true, false);
        axis.setTickUnit(new NumberTickUnit(0.1, format("0.0")));
        return axis;
    }

    /**
     * @param label axis label, not {@code null}
     * @param lower lower bound
     * @param upper upper bound, above {@code lower}
     * @return a fixed linear axis with ticks chosen from round steps
     */
    static NumberAxis linear(String label, double lower, double upper) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRange(false);
        axis.setRange(new Range(lower, upper), true, false);
        return axis;
    }

    /**
     * @param label axis label, not {@code null}
     * @param range exponents shown, not {@code null}
     * @return a linear axis over exponents (for colour bars and histogram bins in log10 units) whose tick labels read
     *         "1e-7" at every decade or every k-th decade
     */
    static NumberAxis exponents(String label, DecadeRange range) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRange(false);
        axis.setRange(new Range(range.low(), range.high()), true, false);
        axis.setTickUnit(new NumberTickUnit(LogAxes.decadesPerLabel(range), new DecadeFormat()));
        return axis;
    }

    /** @return a DecimalFormat with {@link Locale#ROOT} symbols */
    static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setAutoRange(false);
        return axis;
    }

    /** Formats an exponent k as "1e" + k, for example -7 as "1e-7". */
    static final class DecadeFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return format(Math.round(number), toAppendTo, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append("1e").append(number);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("decade labels are not parsed");
        }
    }
}
