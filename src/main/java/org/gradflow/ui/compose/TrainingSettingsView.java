package org.gradflow.ui.compose;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.gradflow.model.ClipKind;
import org.gradflow.model.LossKind;
import org.gradflow.model.OptimizerKind;

/**
 * The experiment and training settings form: name, seed, loss, optimiser and its hyperparameters (only those the
 * optimiser uses are shown), batch size, accumulation, steps, clipping, L1, L2 and the validation and histogram
 * intervals. While the view model is locked (a run exists) the settings a running trainer cannot take (seed, loss,
 * batch size, accumulation, steps, validation and histogram intervals) are disabled; the name, the optimiser with its
 * parameters, clipping and L1/L2 stay editable, and the shell applies them to the run.
 * Ids: {@code #nameField}, {@code #seedField}, {@code #lossChoice}, {@code #optimizerChoice},
 * {@code #learningRateField}, {@code #momentumField}, {@code #beta1Field}, {@code #beta2Field}, {@code #rhoField},
 * {@code #epsilonField}, {@code #batchSizeField}, {@code #accumulationField}, {@code #stepsField},
 * {@code #clipChoice}, {@code #clipThresholdField}, {@code #l1Field}, {@code #l2Field},
 * {@code #validationEveryField}, {@code #histogramEveryField}.
 */
final class TrainingSettingsView {
    private final GridPane grid = Forms.grid();
    private final FieldMarker marker;

    TrainingSettingsView(ComposeViewModel vm) {
        TrainingViewModel t = vm.training();
        marker = new FieldMarker(vm.problems());
        grid.getStyleClass().add("training-settings");
        Forms.section(grid, "Experiment");
        text("nameField", "Name", vm.nameProperty(), "name", "A short name, at most 200 characters");
        fixedWhileLocked(vm, text("seedField", "Seed", vm.seedProperty(), "seed", "Seed of weights, batch order, dropout and RReLU slopes").field());
        Forms.section(grid, "Training");
        ComboBox<LossKind> loss = Forms.choice("lossChoice", LossKind.class);
        loss.valueProperty().bindBidirectional(t.lossProperty());
        Forms.row(grid, "Loss", loss);
        fixedWhileLocked(vm, loss);
        marker.mark(loss, () -> "training.loss", null);
        ComboBox<OptimizerKind> optimizer = Forms.choice("optimizerChoice", OptimizerKind.class);
        optimizer.valueProperty().bindBidirectional(t.optimizerProperty());
        Forms.row(grid, "Optimiser", optimizer);
        marker.mark(optimizer, () -> "training.optimizer.kind", null);
        text("learningRateField", "Learning rate", t.learningRateProperty(), "training.optimizer.learningRate", "Step size, in (0, 100]");
        shown(t.momentumUsedBinding(), text("momentumField", "Momentum", t.momentumProperty(), "training.optimizer.momentum", "In [0, 1)"));
        shown(t.betasUsedBinding(), text("beta1Field", "Beta 1", t.beta1Property(), "training.optimizer.beta1", "First-moment decay, in [0, 1)"));
        shown(t.betasUsedBinding(), text("beta2Field", "Beta 2", t.beta2Property(), "training.optimizer.beta2", "Second-moment decay, in [0, 1)"));
        shown(t.rhoUsedBinding(), text("rhoField", "Rho", t.rhoProperty(), "training.optimizer.rho", "Decay of the squared-gradient average, in [0, 1)"));
        shown(t.epsilonUsedBinding(), text("epsilonField", "Epsilon", t.epsilonProperty(), "training.optimizer.epsilon", "Added to denominators, in (0, 1]"));
        fixedWhileLocked(vm, text("batchSizeField", "Batch size", t.batchSizeProperty(), "training.batchSize", "Examples per micro-batch").field());
        fixedWhileLocked(vm, text("accumulationField", "Accumulate", t.accumulationProperty(), "training.accumulationSteps", "Micro-batches averaged into one update").field());
        fixedWhileLocked(vm, text("stepsField", "Steps", t.stepsProperty(), "training.steps", "Number of updates").field());
        ComboBox<ClipKind> clip = Forms.choice("clipChoice", ClipKind.class);
        clip.valueProperty().bindBidirectional(t.clipProperty());
        Forms.row(grid, "Gradient clipping", clip);
        marker.mark(clip, () -> "training.clip.kind", null);
        shown(t.thresholdUsedBinding(), text("clipThresholdField", "Clip threshold", t.clipThresholdProperty(), "training.clip.threshold", "> 0"));
        text("l1Field", "L1", t.l1Property(), "training.l1", "Adds l1 · sum|w| to the loss");
        text("l2Field", "L2", t.l2Property(), "training.l2", "Adds l2 / 2 · sum w² to the loss");
        fixedWhileLocked(vm, text("validationEveryField", "Validate every", t.validationEveryProperty(), "training.validationEvery", "Steps between validation runs").field());
        fixedWhileLocked(vm, text("histogramEveryField", "Histograms every", t.histogramEveryProperty(), "training.histogramEvery", "Steps between histogram snapshots").field());
    }

    /** A form row: its label and text field. */
    private record Row(Label label, TextField field) {
    }

    private Row text(String id, String label, StringProperty model, String field, String help) {
        TextField f = Forms.field(id);
        f.textProperty().bindBidirectional(model);
        Row row = new Row(Forms.row(grid, label, f), f);
        marker.mark(f, () -> field, help);
        return row;
    }

    /** Disables {@code control} while a run exists: the running trainer cannot take a change of it. */
    private static void fixedWhileLocked(ComposeViewModel vm, javafx.scene.control.Control control) {
        control.disableProperty().bind(vm.lockedProperty());
    }

    private static void shown(BooleanBinding condition, Row row) {
        Forms.showWhen(condition, row.label(), row.field());
    }

    GridPane node() {
        return grid;
    }
}
