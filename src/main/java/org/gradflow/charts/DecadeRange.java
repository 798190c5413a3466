package org.gradflow.charts;

/**
 * A range of a log axis in whole decades: from 10^{@code low} to 10^{@code high}.
 *
 * @param low exponent of the lower bound, at least {@value LogAxes#MIN_EXPONENT}
 * @param high exponent of the upper bound, greater than {@code low}, at most {@value LogAxes#MAX_EXPONENT}
 */
public record DecadeRange(int low, int high) {
    public DecadeRange {
        if (low < LogAxes.MIN_EXPONENT || high > LogAxes.MAX_EXPONENT || high <= low) {
            throw new IllegalArgumentException("invalid decade range 1e" + low + "..1e" + high);
        }
    }

    /** @return 10^low */
    public double lowerBound() {
        return Math.pow(10, low);
    }

    /** @return 10^high */
    public double upperBound() {
        return Math.pow(10, high);
    }

    /** @return number of decades spanned, {@code high - low} */
    public int decades() {
        return high - low;
    }
}
