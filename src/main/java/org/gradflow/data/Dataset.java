package org.gradflow.data;

import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loaded dataset, ready for training: shuffled, split into training and validation rows, inputs
 * standardised (when the spec asks for it). All arrays are {@code DataType.FLOAT}, 'c' order, shape
 * {@code [rows, width]}. Made by {@link Datasets#load}.
 * <p>
 * Immutable from the outside: the arrays returned are the dataset's own (copying them per call would be too
 * costly), so callers must not modify them; copy with {@code dup()} to change values. Arrays must not be
 * handed to other threads while one thread works on them.
 */
public final class Dataset {
    private final INDArray trainInputs;
    private final INDArray trainTargets;
    private final INDArray validationInputs;
    private final INDArray validationTargets;
    private final boolean classification;
    private final List<String> inputNames;
    private final List<String> targetNames;
    private final Standardization standardization;

    /**
     * @param validationInputs {@code null} exactly when {@code validationTargets} is
     */
    Dataset(INDArray trainInputs, INDArray trainTargets, INDArray validationInputs, INDArray validationTargets,
            boolean classification, List<String> inputNames, List<String> targetNames,
            Standardization standardization) {
        this.trainInputs = Objects.requireNonNull(trainInputs, "trainInputs");
        this.trainTargets = Objects.requireNonNull(trainTargets, "trainTargets");
        if ((validationInputs == null) != (validationTargets == null)) {
            throw new IllegalArgumentException("validation inputs and targets must both be present or both null");
        }
        this.validationInputs = validationInputs;
        this.validationTargets = validationTargets;
        this.classification = classification;
        this.inputNames = List.copyOf(Objects.requireNonNull(inputNames, "inputNames"));
        this.targetNames = List.copyOf(Objects.requireNonNull(targetNames, "targetNames"));
        this.standardization = Objects.requireNonNull(standardization, "standardization");
        checkShape("trainInputs", trainInputs, trainInputs.rows(), this.inputNames.size());
        checkShape("trainTargets", trainTargets, trainInputs.rows(), this.targetNames.size());
        if (validationInputs != null) {
            checkShape("validationInputs", validationInputs, validationInputs.rows(), this.inputNames.size());
            checkShape("validationTargets", validationTargets, validationInputs.rows(), this.targetNames.size());
        }
        if (standardization.width() != this.inputNames.size()) {
            throw new IllegalArgumentException("standardization width " + standardization.width() + " != "
                    + this.inputNames.size() + " inputs");
        }
    }

    private static void checkShape(String name, INDArray a, long rows, int columns) {
        if (a.rank() != 2 || a.rows() != rows || a.columns() != columns || rows < 1) {
            throw new IllegalArgumentException(name + " has shape " + java.util.Arrays.toString(a.shape())
                    + ", expected [" + rows + ", " + columns + "] with at least 1 row");
        }
    }

    /** @return training inputs, {@code [trainSize, inputWidth]}, never {@code null}; do not modify */
    public INDArray trainInputs() {
        return trainInputs;
    }

    /**
     * @return training targets, {@code [trainSize, targetWidth]} (one-hot rows for classification), never
     *         {@code null}; do not modify
     */
    public INDArray trainTargets() {
        return trainTargets;
    }

    /**
     * @return validation inputs, {@code [validationSize, inputWidth]}, standardised with the training
     *         statistics; {@code null} when {@code validationSize() == 0}; do not modify
     */
    public INDArray validationInputs() {
        return validationInputs;
    }

    /**
     * @return validation targets, {@code [validationSize, targetWidth]}; {@code null} when
     *         {@code validationSize() == 0}; do not modify
     */
    public INDArray validationTargets() {
        return validationTargets;
    }

    /** @return number of input columns, at least 1 */
    public int inputWidth() {
        return inputNames.size();
    }

    /** @return number of target columns (number of classes for classification), at least 1 */
    public int targetWidth() {
        return targetNames.size();
    }

    /** @return number of training rows, at least 1 */
    public int trainSize() {
        return trainInputs.rows();
    }

    /** @return number of validation rows, 0 when there is no validation set */
    public int validationSize() {
        return validationInputs == null ? 0 : validationInputs.rows();
    }

    /** @return whether targets are one-hot class rows (else regression values) */
    public boolean classification() {
        return classification;
    }

    /** @return the input column names, {@code inputWidth()} of them, unmodifiable */
    public List<String> inputNames() {
        return inputNames;
    }

    /**
     * @return the target column names, {@code targetWidth()} of them, unmodifiable: for classification the
     *         class names in one-hot order, for regression the target names
     */
    public List<String> targetNames() {
        return targetNames;
    }

    /**
     * @return a copy of the per-input means subtracted (training-set means, in input units), all 0 when the
     *         inputs were not standardised
     */
    public double[] inputMeans() {
        return standardization.means();
    }

    /**
     * @return a copy of the per-input scales divided by (training-set population standard deviations, in input
     *         units; 1 for constant columns), all 1 when the inputs were not standardised
     */
    public double[] inputStds() {
        return standardization.stds();
    }

    /**
     * Frees the arrays' off-heap memory now instead of at some garbage collection. The dataset is unusable afterwards;
     * close it only when nothing (no trainer) uses its arrays any more. Idempotent.
     */
    public void close() {
        for (INDArray a : new INDArray[] {trainInputs, trainTargets, validationInputs, validationTargets}) {
            if (a != null && a.closeable() && !a.wasClosed()) {
                a.close();
            }
        }
    }

    /** @return whether {@link #close()} freed the arrays */
    public boolean isClosed() {
        return trainInputs.wasClosed();
    }

    @Override
    public String toString() {
        return "Dataset[" + trainSize() + " train + " + validationSize() + " validation rows, " + inputWidth()
                + " inputs -> " + targetWidth() + (classification ? " classes]" : " targets]");
    }
}
