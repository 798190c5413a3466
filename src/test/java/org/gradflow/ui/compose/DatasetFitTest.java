package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.junit.jupiter.api.Test;

class DatasetFitTest {
    private final StringProperty inputSize = new SimpleStringProperty("2");
    private final LayerRowViewModel output = new LayerRowViewModel(LayerSpec.dense(2, ActivationKind.SIGMOID, InitKind.XAVIER_NORMAL));
    private final TrainingViewModel training = new TrainingViewModel();

    private static DatasetSpec of(DatasetKind kind) {
        return DatasetSpec.generated(kind, 100, 0.1, 1);
    }

    @Test
    void nothingChangesWhenTheNetworkAlreadyFits() {
        training.lossProperty().set(LossKind.BINARY_CROSS_ENTROPY);
        assertThat(DatasetFit.apply(of(DatasetKind.MOONS), of(DatasetKind.XOR), inputSize, output, training)).isEmpty();
        assertThat(training.lossProperty().get()).isEqualTo(LossKind.BINARY_CROSS_ENTROPY);
        assertThat(output.activationProperty().get()).isEqualTo(ActivationKind.SIGMOID);
    }

    @Test
    void regressionToRegressionKeepsTheUsersOutputActivation() {
        output.activationProperty().set(ActivationKind.TANH);
        var changes = DatasetFit.apply(of(DatasetKind.SINE), of(DatasetKind.TEACHER).withFeatures(3).withOutputs(3),
                inputSize, output, training);
        assertThat(changes).containsExactly("input size set to 3", "output layer set to 3 units");
        assertThat(output.activationProperty().get()).isEqualTo(ActivationKind.TANH);
    }

    @Test
    void mseOnAClassificationDatasetIsKeptUnlessTheTaskSwitched() {
        assertThat(DatasetFit.apply(null, of(DatasetKind.CIRCLES), inputSize, output, training)).isEmpty();
        assertThat(DatasetFit.apply(of(DatasetKind.MOONS), of(DatasetKind.CIRCLES), inputSize, output, training)).isEmpty();
        assertThat(training.lossProperty().get()).isEqualTo(LossKind.MSE);
    }

    @Test
    void csvWidthsAreUnknownSoOnlyTheTaskCounts() {
        DatasetSpec csv = new DatasetSpec(DatasetKind.CSV, 100, 0, 1, 2, 2, 1, "a.csv", "y", true, false, 0.2, true);
        training.lossProperty().set(LossKind.SOFTMAX_CROSS_ENTROPY);
        output.activationProperty().set(ActivationKind.SOFTMAX);
        var changes = DatasetFit.apply(of(DatasetKind.SPIRAL), csv, inputSize, output, training);
        assertThat(changes).containsExactly("loss set to mean squared error", "output activation set to identity");
        assertThat(inputSize.get()).isEqualTo("2");
        assertThat(output.unitsProperty().get()).isEqualTo("2");
    }
}
