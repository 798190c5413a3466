package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.OptimizerKind;
import org.junit.jupiter.api.Test;

/** Invalid settings make {@code valid} false with a message naming the field; the last valid spec is kept. */
class ComposeViewModelValidationTest {
    private final ComposeViewModel vm = new ComposeViewModel(Specs.spiral());
    private final ExperimentSpec start = vm.specProperty().get();

    private void assertInvalid(String field, String problemPart) {
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).containsKey(field);
        assertThat(vm.problems().get(field)).contains(problemPart);
        assertThat(vm.validationMessageProperty().get()).startsWith(field + ": ");
    }

    @Test
    void zeroUnits() {
        vm.layers().get(2).unitsProperty().set("0");
        assertInvalid("network.layers[2].units", "between 1 and 65536, got 0");
        assertThat(vm.specProperty().get()).as("the last valid spec is kept").isEqualTo(start);
        assertThat(vm.layers().get(2).problemProperty().get()).startsWith("units: must be between 1");
        assertThat(vm.layers().get(0).problemProperty().get()).isEmpty();
    }

    @Test
    void unitsThatAreNotANumber() {
        vm.layers().get(0).unitsProperty().set("12a");
        assertInvalid("network.layers[0].units", "must be a whole number, got '12a'");
        vm.layers().get(0).unitsProperty().set(" ");
        assertInvalid("network.layers[0].units", "is required");
    }

    @Test
    void negativeLearningRate() {
        vm.training().learningRateProperty().set("-0.1");
        assertInvalid("training.optimizer.learningRate", "must be greater than 0");
    }

    @Test
    void dropoutOfOne() {
        vm.layers().get(1).dropoutProperty().set("1");
        assertInvalid("network.layers[1].dropout", "below 1.0, got 1.0");
    }

    @Test
    void dropoutOnTheOutputLayer() {
        vm.layers().get(3).dropoutProperty().set("0.5");
        assertInvalid("network.layers[3].dropout", "the output layer cannot have dropout");
    }

    @Test
    void residualWidthMismatch() {
        vm.layers().get(2).unitsProperty().set("8");
        assertInvalid("network.layers[1].residual", "input width 16 must equal its output width 8");
        assertThat(vm.layers().get(1).problemProperty().get()).startsWith("residual: ");
    }

    @Test
    void overlappingResidualBlocks() {
        vm.layers().get(2).residualSpanProperty().set(1);
        assertInvalid("network.layers[2].residual", "overlaps");
    }

    @Test
    void softmaxBeforeTheLastLayer() {
        vm.layers().get(0).activationProperty().set(ActivationKind.SOFTMAX);
        assertInvalid("network.layers[0].activation", "softmax is allowed on the output layer only");
    }

    @Test
    void lossThatDoesNotFitTheOutputActivation() {
        vm.layers().get(3).activationProperty().set(ActivationKind.TANH);
        assertInvalid("network.layers[3].activation", "softmax cross-entropy needs a softmax output layer");
    }

    @Test
    void outputUnitsMustMatchTheDataset() {
        vm.layers().get(3).unitsProperty().set("4");
        assertInvalid("network.layers[3].units", "as many units as the dataset has targets (3)");
    }

    @Test
    void activationParameters() {
        vm.layers().get(0).activationProperty().set(ActivationKind.LEAKY_RELU);
        vm.layers().get(0).leakySlopeProperty().set("1.5");
        assertInvalid("network.layers[0].activation.leakySlope", "below 1.0");
        vm.layers().get(0).activationProperty().set(ActivationKind.ELU);
        assertThat(vm.validProperty().get()).as("the hidden leaky slope no longer counts").isTrue();
        vm.layers().get(0).eluAlphaProperty().set("0");
        assertThat(vm.problems()).containsKey("network.layers[0].activation.eluAlpha");
        vm.layers().get(0).activationProperty().set(ActivationKind.RRELU);
        vm.layers().get(0).rreluLowerProperty().set("0.3");
        vm.layers().get(0).rreluUpperProperty().set("0.2");
        assertThat(vm.problems()).containsOnlyKeys("network.layers[0].activation.rreluUpper");
    }

    @Test
    void initParameters() {
        vm.layers().get(0).weightInitProperty().set(InitKind.NORMAL);
        vm.layers().get(0).initStdProperty().set("-1");
        assertInvalid("network.layers[0].weightInit.std", "greater than 0");
        vm.layers().get(0).weightInitProperty().set(InitKind.HE_NORMAL);
        vm.layers().get(0).initGainProperty().set("0");
        assertInvalid("network.layers[0].weightInit.gain", "greater than 0");
        vm.layers().get(0).weightInitProperty().set(InitKind.UNIFORM);
        assertThat(vm.validProperty().get()).as("gain is hidden for the uniform initialiser").isTrue();
    }

    @Test
    void hiddenOptimizerParametersDoNotCount() {
        vm.training().momentumProperty().set("2");
        assertThat(vm.validProperty().get()).as("Adam ignores momentum").isTrue();
        vm.training().optimizerProperty().set(OptimizerKind.NESTEROV);
        assertInvalid("training.optimizer.momentum", "below 1.0");
    }

    @Test
    void clippingThresholdCountsOnlyWhileClipping() {
        vm.training().clipThresholdProperty().set("-3");
        assertThat(vm.validProperty().get()).isTrue();
        vm.training().clipProperty().set(ClipKind.GLOBAL_NORM);
        assertInvalid("training.clip.threshold", "greater than 0");
    }

    @Test
    void trainingCounts() {
        vm.training().batchSizeProperty().set("0");
        assertInvalid("training.batchSize", "between 1 and 65536, got 0");
        vm.training().batchSizeProperty().set("8");
        vm.training().stepsProperty().set("many");
        assertInvalid("training.steps", "must be a whole number, got 'many'");
        vm.layers().get(0).biasInitProperty().set("?");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("network.layers[0].biasInit: must be a number, got '?' (and 1 more)");
    }

    @Test
    void severalProblemsAreReportedAtOnceAndClearedWhenFixed() {
        vm.layers().get(0).unitsProperty().set("0");
        vm.training().learningRateProperty().set("-1");
        vm.dataset().noiseProperty().set("-1");
        assertThat(vm.problems()).containsOnlyKeys("network.layers[0].units", "training.optimizer.learningRate", "dataset.noise");
        vm.layers().get(0).unitsProperty().set("16");
        vm.training().learningRateProperty().set("0.01");
        vm.dataset().noiseProperty().set("0.1");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        assertThat(vm.specProperty().get()).isEqualTo(start);
    }

    @Test
    void unreadableTextInFieldsThatOnlySomeKindsUse() {
        vm.dataset().noiseProperty().set("x");
        assertInvalid("dataset.noise", "must be a number, got 'x'");
        vm.dataset().noiseProperty().set("0.1");
        vm.layers().get(0).activationProperty().set(ActivationKind.RRELU);
        vm.layers().get(0).rreluLowerProperty().set("x");
        assertInvalid("network.layers[0].activation.rreluLower", "must be a number");
        vm.layers().get(0).activationProperty().set(ActivationKind.LEAKY_RELU);
        vm.layers().get(0).leakySlopeProperty().set("");
        assertInvalid("network.layers[0].activation.leakySlope", "is required");
        vm.layers().get(0).activationProperty().set(ActivationKind.TANH);
        vm.layers().get(0).weightInitProperty().set(InitKind.NORMAL);
        vm.layers().get(0).initStdProperty().set("x");
        assertInvalid("network.layers[0].weightInit.std", "must be a number");
        vm.layers().get(0).weightInitProperty().set(InitKind.XAVIER_NORMAL);
        vm.training().clipProperty().set(ClipKind.VALUE);
        vm.training().clipThresholdProperty().set("x");
        assertInvalid("training.clip.threshold", "must be a number");
        vm.training().clipProperty().set(ClipKind.NONE);
        vm.training().optimizerProperty().set(OptimizerKind.MOMENTUM);
        vm.training().momentumProperty().set("x");
        assertInvalid("training.optimizer.momentum", "must be a number");
        vm.training().optimizerProperty().set(OptimizerKind.ADAM);
        assertThat(vm.validProperty().get()).as(vm.validationMessageProperty().get()).isTrue();
    }

    @Test
    void nullChoicesAreReportedNotThrown() {
        vm.layers().get(0).activationProperty().set(null);
        vm.training().lossProperty().set(null);
        assertThat(vm.problems()).containsKeys("network.layers[0].activation", "training.loss");
    }

    @Test
    void validEditsUpdateTheSpec() {
        vm.layers().get(0).unitsProperty().set("32");
        vm.layers().get(1).residualSpanProperty().set(0);
        vm.training().learningRateProperty().set("0.5");
        ExperimentSpec s = vm.specProperty().get();
        assertThat(s.network().layers().get(0).units()).isEqualTo(32);
        assertThat(s.training().optimizer().learningRate()).isEqualTo(0.5);
    }
}
