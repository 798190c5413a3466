package org.gradflow.engine;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The examples a {@link Trainer} learns from: inputs and targets as matrices whose rows are examples.
 *
 * @param trainInputs [n, inputWidth], at least one row, not {@code null}
 * @param trainTargets [n, targetWidth], not {@code null}
 * @param validationInputs [m, inputWidth], or {@code null} for no validation set
 * @param validationTargets [m, targetWidth], {@code null} exactly when validationInputs is
 * @param classification whether targets are one-hot classes (validation accuracy is measured)
 */
public record TrainingData(INDArray trainInputs, INDArray trainTargets, INDArray validationInputs,
                           INDArray validationTargets, boolean classification) {
    public TrainingData {
        Objects.requireNonNull(trainInputs, "trainInputs");
        Objects.requireNonNull(trainTargets, "trainTargets");
        if ((validationInputs == null) != (validationTargets == null)) {
            throw new IllegalArgumentException("validation inputs and targets must both be present or both absent");
        }
        checkPair("training", trainInputs, trainTargets);
        if (validationInputs != null) {
            checkPair("validation", validationInputs, validationTargets);
            if (validationInputs.columns() != trainInputs.columns() || validationTargets.columns() != trainTargets.columns()) {
                throw new IllegalArgumentException("validation and training sets must have the same widths");
            }
        }
    }

    private static void checkPair(String what, INDArray x, INDArray y) {
        if (x.rank() != 2 || y.rank() != 2 || x.rows() < 1 || x.rows() != y.rows()) {
            throw new IllegalArgumentException(what + " inputs and targets must be matrices with the same number (>= 1) "
                    + "of rows, got " + java.util.Arrays.toString(x.shape()) + " and " + java.util.Arrays.toString(y.shape()));
        }
    }

    /** @return number of input features */
    public int inputWidth() {
        return (int) trainInputs.columns();
    }

    /** @return number of target values per example */
    public int targetWidth() {
        return (int) trainTargets.columns();
    }

    /** @return whether there is a validation set */
    public boolean hasValidation() {
        return validationInputs != null;
    }

}
