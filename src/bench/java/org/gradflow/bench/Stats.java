package org.gradflow.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median, minimum and maximum of repeated measurements. */
record Stats(double median, double min, double max, int count) {
    /** @param values measurements; NaN entries (not measured) are left out */
    static Stats of(double[] values) {
        values = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (values.length == 0) {
            return new Stats(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        return new Stats(median, v[0], v[n - 1], n);
    }

    /** @return (max - min) / median, the relative spread of the runs */
    double spread() {
        return (max - min) / median;
    }

    /** "123.4 (118.0-125.1)" with a precision fitting the size. */
    String cell() {
        if (count == 0) {
            return "n/a";
        }
        return num(median) + " (" + num(min) + "–" + num(max) + ")";
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String f = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }
}
