package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.LossKind;
import org.junit.jupiter.api.Test;

/** The network follows the dataset's widths and task. No window. */
class ComposeViewModelDatasetTest {
    private final ComposeViewModel vm = new ComposeViewModel(Specs.spiral());

    private ExperimentSpec valid() {
        assertThat(vm.validProperty().get()).as(vm.validationMessageProperty().get()).isTrue();
        return vm.specProperty().get();
    }

    @Test
    void blobsSetInputSizeAndOutputUnits() {
        vm.dataset().kindProperty().set(DatasetKind.BLOBS);
        vm.dataset().featuresProperty().set("5");
        vm.dataset().classesProperty().set("4");
        ExperimentSpec s = valid();
        assertThat(s.dataset().kind()).isEqualTo(DatasetKind.BLOBS);
        assertThat(s.network().inputSize()).isEqualTo(5);
        assertThat(s.network().outputLayer().units()).isEqualTo(4);
        assertThat(vm.inputSizeProperty().get()).isEqualTo("5");
        assertThat(vm.inputSizeFixedProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get()).contains("output layer set to 4 units");
    }

    @Test
    void regressionSwitchesTheLossAndOutputAndBack() {
        vm.dataset().kindProperty().set(DatasetKind.SINE);
        ExperimentSpec s = valid();
        assertThat(s.network().inputSize()).isEqualTo(1);
        assertThat(s.network().outputLayer().units()).isEqualTo(1);
        assertThat(s.network().outputLayer().activation().kind()).isEqualTo(ActivationKind.IDENTITY);
        assertThat(s.training().loss()).isEqualTo(LossKind.MSE);
        assertThat(vm.noticeProperty().get()).isEqualTo("To fit the dataset: input size set to 1, output layer set to 1 unit, "
                + "loss set to mean squared error, output activation set to identity.");

        vm.dataset().kindProperty().set(DatasetKind.MOONS);
        s = valid();
        assertThat(s.network().inputSize()).isEqualTo(2);
        assertThat(s.network().outputLayer().units()).isEqualTo(2);
        assertThat(s.network().outputLayer().activation().kind()).isEqualTo(ActivationKind.SOFTMAX);
        assertThat(s.training().loss()).isEqualTo(LossKind.SOFTMAX_CROSS_ENTROPY);
    }

    @Test
    void teacherOutputsFollow() {
        vm.dataset().kindProperty().set(DatasetKind.TEACHER);
        vm.dataset().featuresProperty().set("10");
        vm.dataset().outputsProperty().set("3");
        ExperimentSpec s = valid();
        assertThat(s.network().inputSize()).isEqualTo(10);
        assertThat(s.network().outputLayer().units()).isEqualTo(3);
    }

    @Test
    void invalidDatasetSettingsChangeNothingElse() {
        vm.dataset().classesProperty().set("1");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).startsWith("dataset.classes: must be between 2");
        assertThat(vm.layers().get(3).unitsProperty().get()).isEqualTo("3");
        vm.dataset().classesProperty().set("5");
        assertThat(valid().network().outputLayer().units()).isEqualTo(5);
    }

    @Test
    void csvLeavesTheWidthsToTheUser() {
        vm.dataset().kindProperty().set(DatasetKind.CSV);
        assertThat(vm.inputSizeFixedProperty().get()).isFalse();
        assertThat(vm.validationMessageProperty().get()).isEqualTo("dataset.csvFile: is required for a CSV dataset");
        vm.dataset().csvFileProperty().set("/data/iris.csv");
        vm.dataset().targetColumnProperty().set("species");
        vm.inputSizeProperty().set("4");
        ExperimentSpec s = valid();
        assertThat(s.dataset().csvFile()).isEqualTo("/data/iris.csv");
        assertThat(s.network().inputSize()).isEqualTo(4);
        assertThat(s.network().outputLayer().units()).isEqualTo(3);
    }

    @Test
    void inputSizeMustMatchAFixedDataset() {
        vm.inputSizeProperty().set("3");
        assertThat(vm.problems()).containsKey("network.inputSize");
        vm.fitToDataset();
        assertThat(valid().network().inputSize()).isEqualTo(2);
        assertThat(vm.noticeProperty().get()).contains("input size set to 2");
    }

    @Test
    void loadDoesNotRefitTheNetwork() {
        ExperimentSpec sine = ExperimentSpecs.sineRegression();
        vm.load(sine);
        assertThat(valid()).isEqualTo(sine);
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    /** A small regression experiment. */
    private static final class ExperimentSpecs {
        static ExperimentSpec sineRegression() {
            var data = org.gradflow.model.DatasetSpec.generated(DatasetKind.SINE, 200, 0.05, 9);
            var layers = java.util.List.of(
                    org.gradflow.model.LayerSpec.dense(8, ActivationKind.SIGMOID, org.gradflow.model.InitKind.XAVIER_NORMAL),
                    org.gradflow.model.LayerSpec.dense(1, ActivationKind.IDENTITY, org.gradflow.model.InitKind.XAVIER_NORMAL));
            var training = org.gradflow.model.TrainingSpec.of(LossKind.MSE,
                    org.gradflow.model.OptimizerSpec.of(org.gradflow.model.OptimizerKind.SGD, 0.1), 16, 500);
            return new ExperimentSpec("sine", 1, data, org.gradflow.model.NetworkSpec.of(1, layers), training);
        }
    }
}
