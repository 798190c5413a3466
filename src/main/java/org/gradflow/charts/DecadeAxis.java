package org.gradflow.charts;

import org.jfree.chart.axis.LogAxis;

/**
 * A base-10 {@link LogAxis} that computes logarithms with {@link Math#log10}, which is exact at powers of ten: the
 * plain LogAxis divides natural logarithms, so log(1e-3) comes out as -2.9999999999999996 and the tick at a decade
 * bound can be lost.
 */
final class DecadeAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    DecadeAxis(String label) {
        super(label);
    }

    @Override
    public double calculateLog(double value) {
        return Math.log10(value);
    }

    @Override
    public double calculateValue(double log) {
        return Math.pow(10, log);
    }
}
