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
        assertThatThrownBy(() -> live.toSettings(training.settingsProperty().get()))
                .hasMessage("L1 and L2 must not be negative");
    }
}
