package org.gradflow.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the distinct class labels of a CSV target column in order of appearance, then orders them: by
 * numeric value when every label is a finite number (so {@code "1"} and {@code "1.0"} are one class, named by
 * its first spelling), otherwise as text.
 */
final class ClassLabels {
    /** The classes in final order and where each collected label went. */
    record Ordering(List<String> names, int[] classOfLabel) {
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    /**
     * @param label a label, not {@code null}
     * @return the label's index in order of first appearance
     */
    int add(String label) {
        Integer known = index.get(label);
        if (known != null) {
            return known;
        }
        labels.add(label);
        index.put(label, labels.size() - 1);
        return labels.size() - 1;
    }

    /** @return number of distinct labels so far (before numeric merging) */
    int size() {
        return labels.size();
    }

    /** @return the final class names and, per collected label index, its class index */
    Ordering order() {
        double[] values = numericValues();
        int[] classOf = new int[labels.size()];
        List<String> names = new ArrayList<>();
        if (values != null) {
            TreeMap<Double, String> byValue = new TreeMap<>();
            for (int i = 0; i < values.length; i++) {
                byValue.putIfAbsent(values[i], labels.get(i));
            }
            List<Double> keys = new ArrayList<>(byValue.keySet());
            names.addAll(byValue.values());
            for (int i = 0; i < values.length; i++) {
                classOf[i] = keys.indexOf(values[i]);
            }
        } else {
            Integer[] sorted = new Integer[labels.size()];
            Arrays.setAll(sorted, i -> i);
            Arrays.sort(sorted, Comparator.comparing(labels::get));
            for (int rank = 0; rank < sorted.length; rank++) {
                classOf[sorted[rank]] = rank;
                names.add(labels.get(sorted[rank]));
            }
        }
        return new Ordering(List.copyOf(names), classOf);
    }

    /** @return every label's numeric value (-0 as 0), or {@code null} when some label is not a finite number */
    private double[] numericValues() {
        double[] values = new double[labels.size()];
        for (int i = 0; i < values.length; i++) {
            double v;
            try {
                v = CsvNumbers.parse(labels.get(i));
            } catch (NumberFormatException notNumeric) {
                return null; // a text label: order all labels as text
            }
            if (!Double.isFinite(v)) {
                return null;
            }
            values[i] = v + 0.0;
        }
        return values;
    }
}
