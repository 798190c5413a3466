package org.gradflow.data;

import java.util.List;
import java.util.Objects;

/**
 * Examples as plain Java numbers, before shuffling, splitting and standardisation: row-major flat arrays
 * ({@code inputs[row * inputWidth + column]}). Classification targets are one-hot: each target row holds one
 * 1 and otherwise 0. Immutable from outside the package; inside it, the arrays handed to the constructor
 * are kept, not copied, and must not be changed afterwards.
 */
public final class RawData {
    private final int rows;
    private final int inputWidth;
    private final int targetWidth;
    private final double[] inputs;
    private final double[] targets;
    private final boolean classification;
    private final List<String> inputNames;
    private final List<String> targetNames;

    /**
     * @param rows number of examples, at least 1
     * @param inputs {@code rows * inputNames.size()} input values, row-major, not {@code null}
     * @param targets {@code rows * targetNames.size()} target values, row-major, not {@code null}
     * @param classification whether {@code targets} are one-hot class rows
     * @param inputNames one name per input column, not {@code null}, at least one
     * @param targetNames one name per target column (the class names for classification), not {@code null},
     *                    at least one
     */
    RawData(int rows, double[] inputs, double[] targets, boolean classification, List<String> inputNames,
                   List<String> targetNames) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.inputNames = List.copyOf(Objects.requireNonNull(inputNames, "inputNames"));
        this.targetNames = List.copyOf(Objects.requireNonNull(targetNames, "targetNames"));
        if (rows < 1 || this.inputNames.isEmpty() || this.targetNames.isEmpty()) {
            throw new IllegalArgumentException("need at least 1 row, 1 input and 1 target, got " + rows + " rows, "
                    + this.inputNames.size() + " inputs, " + this.targetNames.size() + " targets");
        }
        this.rows = rows;
        this.inputWidth = this.inputNames.size();
        this.targetWidth = this.targetNames.size();
        if ((long) rows * inputWidth != inputs.length || (long) rows * targetWidth != targets.length) {
            throw new IllegalArgumentException("array lengths " + inputs.length + " and " + targets.length
                    + " do not match " + rows + " rows x " + inputWidth + " inputs / " + targetWidth + " targets");
        }
        this.classification = classification;
    }

    /**
     * Builds classification data from class indices.
     *
     * @param inputs row-major inputs, {@code labels.length * inputNames.size()} values, not {@code null}
     * @param labels the class index of each row, each in [0, classNames.size()), not {@code null}
     * @param inputNames input column names, not {@code null}
     * @param classNames class names, one per class, not {@code null}
     * @return data with one-hot targets of width {@code classNames.size()}
     */
    static RawData ofClasses(double[] inputs, int[] labels, List<String> inputNames, List<String> classNames) {
        Objects.requireNonNull(labels, "labels");
        int classes = Objects.requireNonNull(classNames, "classNames").size();
        double[] oneHot = new double[Math.multiplyExact(labels.length, classes)];
        for (int r = 0; r < labels.length; r++) {
            if (labels[r] < 0 || labels[r] >= classes) {
                throw new IllegalArgumentException("label " + labels[r] + " of row " + r + " is not in [0, "
                        + classes + ")");
            }
            oneHot[r * classes + labels[r]] = 1;
        }
        return new RawData(labels.length, inputs, oneHot, true, inputNames, classNames);
    }

    /**
     * @param prefix name prefix, not {@code null}
     * @param count number of names
     * @return {@code prefix + 1} ... {@code prefix + count}
     */
    static List<String> numberedNames(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + (i + 1);
        }
        return List.of(names);
    }

    /** @return {@code "class 0"} ... {@code "class " + (count - 1)}, matching the one-hot index */
    static List<String> classNames(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "class " + i;
        }
        return List.of(names);
    }

    /** @return number of examples, at least 1 */
    public int rows() {
        return rows;
    }

    /** @return number of input columns, at least 1 */
    public int inputWidth() {
        return inputWidth;
    }

    /** @return number of target columns (the number of classes for classification), at least 1 */
    public int targetWidth() {
        return targetWidth;
    }

    /** @return input {@code column} of example {@code row} */
    public double input(int row, int column) {
        return inputs[index(row, column, inputWidth)];
    }

    /** @return target {@code column} of example {@code row} */
    public double target(int row, int column) {
        return targets[index(row, column, targetWidth)];
    }

    private int index(int row, int column, int width) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, width);
        return row * width + column;
    }

    /** @return the class index of {@code row} (position of its largest target), meaningful for classification */
    public int label(int row) {
        int best = 0;
        int base = index(row, 0, targetWidth);
        for (int c = 1; c < targetWidth; c++) {
            if (targets[base + c] > targets[base + best]) {
                best = c;
            }
        }
        return best;
    }

    /** @return the inputs, row-major; the array itself (do not modify) */
    double[] inputArray() {
        return inputs;
    }

    /** @return the targets, row-major; the array itself (do not modify) */
    double[] targetArray() {
        return targets;
    }

    /** @return a copy of the inputs, row-major */
    public double[] inputsCopy() {
        return inputs.clone();
    }

    /** @return a copy of the targets, row-major */
    public double[] targetsCopy() {
        return targets.clone();
    }

    /** @return whether the targets are one-hot class rows */
    public boolean classification() {
        return classification;
    }

    /** @return the input column names, unmodifiable */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return the target column names (class names for classification), unmodifiable */
    public List<String> targetNames() {
        return targetNames;
    }
}
