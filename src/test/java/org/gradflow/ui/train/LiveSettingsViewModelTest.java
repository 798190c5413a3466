package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradflow.diagnostics.History;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ClipKind;
import org.gradflow.model.OptimizerKind;
import org.gradflow.ui.testing.UiSpecs;
import org.junit.jupiter.api.Test;

class LiveSettingsViewModelTest {
    private final FakeEngine engine = new FakeEngine();
    private final TrainingViewModel training = new TrainingViewModel(engine, () -> 0);
    private final LiveSettingsViewModel live = new LiveSettingsViewModel(training);

    private void running() {
        training.train();
        training.runStarted(new RunInfo(UiSpecs.fiveLayers(1000), new History(),
                TrainingSettings.of(UiSpecs.fiveLayers(1000).training()), true));
    }

    @Test
    void showsTheRunsSettings() {
        running();
        assertThat(live.learningRateProperty().get()).isEqualTo("0.1");
        assertThat(live.optimizerProperty().get()).isEqualTo(OptimizerKind.SGD);
        assertThat(live.clipProperty().get()).isEqualTo(ClipKind.NONE);
        assertThat(live.changedProperty().get()).isFalse();
    }

    @Test
    void appliesValidChanges() {
        running();
        live.learningRateProperty().set("0.01");
        live.optimizerProperty().set(OptimizerKind.ADAM);
        live.clipProperty().set(ClipKind.GLOBAL_NORM);
        live.clipThresholdProperty().set("5");
        assertThat(live.changedProperty().get()).isTrue();
        live.apply();
        TrainingSettings sent = engine.lastSettings;
        assertThat(sent.optimizer().learningRate()).isEqualTo(0.01);
        assertThat(sent.optimizer().kind()).isEqualTo(OptimizerKind.ADAM);
        assertThat(sent.clip().kind()).isEqualTo(ClipKind.GLOBAL_NORM);
        assertThat(sent.clip().threshold()).isEqualTo(5);
    }

    @Test
    void rejectsInvalidFields() {
        running();
        live.learningRateProperty().set("fast");
        assertThat(live.validProperty().get()).isFalse();
        assertThat(live.problemProperty().get()).isEqualTo("learning rate must be a number, got 'fast'");
        live.apply();
        assertThat(engine.commands).doesNotContain("settings");
        live.learningRateProperty().set("0.1");
        live.l2Property().set("-1");
        assertThat(live.validProperty().get()).isFalse();
        assertThatThrownBy(() -> live.toSettings())
                .hasMessage("L1 and L2 must not be negative");
    }

    @Test
    void appliesOptimiserParameters() {
        running();
        assertThat(live.momentumProperty().get()).isEqualTo("0.9");
        assertThat(live.beta2Property().get()).isEqualTo("0.999");
        assertThat(live.epsilonProperty().get()).isEqualTo("1e-08");
        live.optimizerProperty().set(OptimizerKind.MOMENTUM);
        live.momentumProperty().set("0.5");
        live.beta1Property().set("0.8");
        live.beta2Property().set("0.99");
        live.rhoProperty().set("0.95");
        live.epsilonProperty().set("1e-6");
        assertThat(live.changedProperty().get()).isTrue();
        live.apply();
        TrainingSettings sent = engine.lastSettings;
        assertThat(sent.optimizer().kind()).isEqualTo(OptimizerKind.MOMENTUM);
        assertThat(sent.optimizer().momentum()).isEqualTo(0.5);
        assertThat(sent.optimizer().beta1()).isEqualTo(0.8);
        assertThat(sent.optimizer().beta2()).isEqualTo(0.99);
        assertThat(sent.optimizer().rho()).isEqualTo(0.95);
        assertThat(sent.optimizer().epsilon()).isEqualTo(1e-6);
    }

    @Test
    void rejectsOptimiserParametersOutOfRange() {
        running();
        live.momentumProperty().set("1");
        assertThat(live.validProperty().get()).isFalse();
        assertThat(live.problemProperty().get()).isEqualTo("momentum must be at least 0 and below 1");
        live.momentumProperty().set("0.9");
        live.beta2Property().set("-0.1");
        assertThat(live.problemProperty().get()).isEqualTo("beta 2 must be at least 0 and below 1");
        live.beta2Property().set("0.999");
        live.epsilonProperty().set("0");
        assertThat(live.problemProperty().get()).isEqualTo("epsilon must be above 0 and at most 1");
        live.epsilonProperty().set("1e-8");
        assertThat(live.validProperty().get()).isTrue();
        assertThat(live.changedProperty().get()).isFalse();
    }
}
