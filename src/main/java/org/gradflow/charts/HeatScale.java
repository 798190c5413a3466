package org.gradflow.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.Objects;

import org.jfree.chart.renderer.PaintScale;

/**
 * Viridis from {@code lower} (dark) to {@code upper} (bright) for heatmaps; values outside are clamped, and NaN (a
 * non-finite cell) gets the theme's non-finite colour so it is never mistaken for a small value.
 */
final class HeatScale implements PaintScale {
    private final double lower;
    private final double upper;
    private final Color nanColor;

    /**
     * @param lower value at the dark end, finite
     * @param upper value at the bright end, finite, above {@code lower}
     * @param nanColor colour of NaN, not {@code null}
     */
    HeatScale(double lower, double upper, Color nanColor) {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("need finite lower < upper, got " + lower + " and " + upper);
        }
        this.lower = lower;
        this.upper = upper;
        this.nanColor = Objects.requireNonNull(nanColor, "nanColor");
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return nanColor;
        }
        return Palette.viridis((value - lower) / (upper - lower));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatScale s && s.lower == lower && s.upper == upper && s.nanColor.equals(nanColor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, nanColor);
    }
}
