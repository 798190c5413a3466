package org.gradflow.run;

import java.util.List;
import java.util.Objects;
import org.gradflow.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The first two input columns of a dataset's training examples and their class (or regression target), as plain
 * numbers for a scatter plot. Coordinates are in the network's input space (standardised when the spec says so).
 *
 * @param x first input column, one value per example
 * @param y second input column (all 0 for one-input datasets)
 * @param label class index per example (argmax of the one-hot target), or -1 for regression
 * @param target the first target value per example (for regression colouring)
 * @param classNames class names in label order (empty for regression)
 * @param inputWidth number of input columns of the dataset (a scatter shows only the first two)
 */
public record DataPreview(double[] x, double[] y, int[] label, double[] target, List<String> classNames, int inputWidth) {
    public DataPreview {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
        classNames = List.copyOf(classNames);
    }

    /**
     * @param dataset not {@code null}
     * @param maxPoints at most this many examples (evenly spaced through the training set), at least 1
     */
    public static DataPreview of(Dataset dataset, int maxPoints) {
        Objects.requireNonNull(dataset, "dataset");
        INDArray in = dataset.trainInputs();
        INDArray out = dataset.trainTargets();
        int rows = (int) in.rows();
        int n = Math.min(rows, Math.max(1, maxPoints));
        double[] x = new double[n];
        double[] y = new double[n];
        int[] label = new int[n];
        double[] target = new double[n];
        int width = (int) in.columns();
        int classes = (int) out.columns();
        for (int i = 0; i < n; i++) {
            int r = (int) ((long) i * rows / n);
            x[i] = in.getDouble(r, 0);
            y[i] = width > 1 ? in.getDouble(r, 1) : 0;
            target[i] = out.getDouble(r, 0);
            if (dataset.classification()) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (out.getDouble(r, c) > out.getDouble(r, best)) {
                        best = c;
                    }
                }
                label[i] = best;
            } else {
                label[i] = -1;
            }
        }
        List<String> names = dataset.classification() ? dataset.targetNames() : List.of();
        return new DataPreview(x, y, label, target, names, width);
    }
}
