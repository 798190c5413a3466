package org.gradflow.ui.train;

import java.util.Locale;

/** Number formats of the status bar, tooltips and the layer inspector. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * @param v any value
     * @return 4 significant digits, in scientific form below 1e-3 or from 1e5 on (for example "2.346e-05"); "NaN",
     *         "∞" or "-∞" for non-finite values; "0" for zero
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    /** @return a step or count with thousands separators, for example "12,345" */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
