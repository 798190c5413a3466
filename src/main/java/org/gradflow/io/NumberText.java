package org.gradflow.io;

import java.math.BigDecimal;

/**
 * How the writer spells a {@code double}: the shortest decimal that {@link Double#toString} gives, in plain
 * notation without trailing zeros when that is short ({@code 0.01}, {@code 1}, {@code 0.00000001},
 * {@code 100000}), else in Java's scientific notation ({@code 1.0E-30}). Either spelling reads back as exactly
 * the same {@code double}; negative zero is written {@code -0.0}.
 */
final class NumberText {
    /** The longest plain spelling; longer numbers use scientific notation. */
    private static final int MAX_PLAIN_LENGTH = 24;

    private NumberText() {
    }

    /**
     * @param value a finite number
     * @return its JSON spelling
     * @throws IllegalArgumentException when value is NaN or infinite
     */
    static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no spelling for " + value);
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0.0";
        }
        String shortest = Double.toString(value);
        String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
        return plain.length() <= MAX_PLAIN_LENGTH ? plain : shortest;
    }
}
