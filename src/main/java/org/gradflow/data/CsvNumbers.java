package org.gradflow.data;

import java.util.Locale;

/** Parses CSV number cells: decimal notation with optional sign, fraction and exponent ({@code -1.5e-3}). */
final class CsvNumbers {
    private CsvNumbers() {
    }

    /**
     * @param cell a trimmed cell, not {@code null}
     * @return the value; NaN or an infinity when the cell spells one ({@code NaN}, {@code inf},
     *         {@code -Infinity}) or overflows a double
     * @throws NumberFormatException when the cell is not a number in decimal notation
     */
    static double parse(String cell) {
        String word = cell.toLowerCase(Locale.ROOT);
        switch (word) {
            case "nan", "+nan", "-nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                // Double.parseDouble also takes hex, "1d", "1f" and surrounding blanks: rule those out first.
                for (int i = 0; i < cell.length(); i++) {
                    char c = cell.charAt(i);
                    if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                        throw new NumberFormatException(cell);
                    }
                }
                return Double.parseDouble(cell);
            }
        }
    }

    /**
     * @param value a parsed value
     * @return {@code null} when {@code value} can be used (finite and within the float range), otherwise what
     *         is wrong with it, as the end of a sentence starting with the quoted cell
     */
    static String problem(double value) {
        if (Double.isNaN(value)) {
            return "is NaN (not a number); missing values are not supported, remove or fill those rows";
        }
        if (Double.isInfinite(value) || Math.abs(value) > Float.MAX_VALUE) {
            return "is not a finite number within the 32-bit float range (about +-3.4e38)";
        }
        return null;
    }
}
