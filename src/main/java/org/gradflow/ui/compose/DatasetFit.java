package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.LossKind;

/**
 * Makes the network fit a dataset: the network's input size and the output layer's units follow the dataset's
 * input and target widths (when known; CSV widths are not known before loading), and when the task switches
 * between classification and regression the loss and the output activation follow:
 * <ul>
 * <li>to regression: the loss becomes MSE; a softmax output becomes identity;</li>
 * <li>to classification with the MSE loss: the loss becomes softmax cross-entropy and the output softmax.</li>
 * </ul>
 */
final class DatasetFit {
    private DatasetFit() {
    }

    /**
     * Applies the rules above.
     *
     * @param before the previous dataset, or {@code null} when unknown (then the task is treated as unchanged)
     * @param after the new dataset, not {@code null}
     * @param inputSize the network input size text, not {@code null}
     * @param output the output layer's row, not {@code null}
     * @param training the training settings, not {@code null}
     * @return one short sentence per change made (empty when nothing changed), never {@code null}
     */
    static List<String> apply(DatasetSpec before, DatasetSpec after, StringProperty inputSize, LayerRowViewModel output,
                              TrainingViewModel training) {
        List<String> changes = new ArrayList<>();
        int in = after.inputWidth();
        if (in > 0 && !NumberText.of(in).equals(trim(inputSize.get()))) {
            inputSize.set(NumberText.of(in));
            changes.add("input size set to " + in);
        }
        int out = after.targetWidth();
        if (out > 0 && !NumberText.of(out).equals(trim(output.unitsProperty().get()))) {
            output.unitsProperty().set(NumberText.of(out));
            changes.add("output layer set to " + out + (out == 1 ? " unit" : " units"));
        }
        boolean taskChanged = before != null && before.isClassification() != after.isClassification();
        if (!after.isClassification()) {
            if (training.lossProperty().get() != LossKind.MSE) {
                training.lossProperty().set(LossKind.MSE);
                changes.add("loss set to mean squared error");
            }
            if (output.activationProperty().get() == ActivationKind.SOFTMAX) {
                output.activationProperty().set(ActivationKind.IDENTITY);
                changes.add("output activation set to identity");
            }
        } else if (taskChanged && training.lossProperty().get() == LossKind.MSE) {
            training.lossProperty().set(LossKind.SOFTMAX_CROSS_ENTROPY);
            changes.add("loss set to softmax cross-entropy");
            if (output.activationProperty().get() != ActivationKind.SOFTMAX) {
                output.activationProperty().set(ActivationKind.SOFTMAX);
                changes.add("output activation set to softmax");
            }
        }
        return changes;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
