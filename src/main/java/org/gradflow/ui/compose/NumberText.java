package org.gradflow.ui.compose;

/** Formats numbers for text fields so that parsing the text gives back exactly the same number. */
final class NumberText {
    private NumberText() {
    }

    /**
     * @param value any double
     * @return "3" for whole numbers below 1e15, otherwise {@link Double#toString(double)} (exact round trip,
     *         including -0.0, NaN and infinities)
     */
    static String of(double value) {
        boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
        if (!negativeZero && Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** @return the decimal text of {@code value} */
    static String of(long value) {
        return Long.toString(value);
    }
}
