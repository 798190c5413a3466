package org.gradflow.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;

/**
 * The editor of the selected layer: units, activation and its parameter, weight init and its parameters, bias
 * init, batch norm, dropout and residual block. Disabled while nothing is selected or the view model is locked.
 * Ids: {@code #layerTitle}, {@code #unitsField}, {@code #activationChoice}, {@code #leakySlopeField},
 * {@code #eluAlphaField}, {@code #rreluLowerField}, {@code #rreluUpperField}, {@code #initChoice},
 * {@code #initValueField}, {@code #initMeanField}, {@code #initStdField}, {@code #initLimitField},
 * {@code #initGainField}, {@code #biasInitField}, {@code #batchNormChoice}, {@code #dropoutField},
 * {@code #residualChoice}, {@code #layerProblemLabel}.
 */
final class LayerEditorView {
    private final ComposeViewModel vm;
    private final RowBinder binder = new RowBinder();
    private final FieldMarker marker;
    private final VBox root;
    private final Label title = new Label();
    private final Label problem = new Label();
    private final TextField units = Forms.field("unitsField");
    private final ComboBox<ActivationKind> activation = Forms.choice("activationChoice", ActivationKind.class);
    private final TextField leakySlope = Forms.field("leakySlopeField");
    private final TextField eluAlpha = Forms.field("eluAlphaField");
    private final TextField rreluLower = Forms.field("rreluLowerField");
    private final TextField rreluUpper = Forms.field("rreluUpperField");
    private final ComboBox<InitKind> init = Forms.choice("initChoice", InitKind.class);
    private final TextField initValue = Forms.field("initValueField");
    private final TextField initMean = Forms.field("initMeanField");
    private final TextField initStd = Forms.field("initStdField");
    private final TextField initLimit = Forms.field("initLimitField");
    private final TextField initGain = Forms.field("initGainField");
    private final TextField biasInit = Forms.field("biasInitField");
    private final ComboBox<NormPlacement> batchNorm = Forms.choice("batchNormChoice", NormPlacement.class);
    private final TextField dropout = Forms.field("dropoutField");
    private final ComboBox<Integer> residual = new ComboBox<>();

    LayerEditorView(ComposeViewModel vm) {
        this.vm = vm;
        this.marker = new FieldMarker(vm.problems());
        residual.setId("residualChoice");
        residual.getItems().setAll(0, 1, 2);
        residual.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer span) {
                return span == null ? "" : span == 0 ? "none" : "starts here, " + span + (span == 1 ? " layer" : " layers");
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the residual choice is not editable");
            }
        });
        residual.setMaxWidth(Double.MAX_VALUE);
        title.setId("layerTitle");
        title.getStyleClass().add("section-title");
        problem.setId("layerProblemLabel");
        problem.getStyleClass().add("validation-message");
        problem.setWrapText(true);

        GridPane grid = Forms.grid();
        Forms.row(grid, "Units", units);
        Forms.row(grid, "Activation", activation);
        showWhen(is(ActivationKind.LEAKY_RELU), Forms.row(grid, "Negative slope", leakySlope), leakySlope);
        showWhen(is(ActivationKind.ELU), Forms.row(grid, "ELU alpha", eluAlpha), eluAlpha);
        BooleanBinding rrelu = is(ActivationKind.RRELU);
        showWhen(rrelu, Forms.row(grid, "RReLU lowest slope", rreluLower), rreluLower);
        showWhen(rrelu, Forms.row(grid, "RReLU highest slope", rreluUpper), rreluUpper);
        Forms.row(grid, "Weight init", init);
        showWhen(initIs(InitKind.CONSTANT), Forms.row(grid, "Constant", initValue), initValue);
        BooleanBinding normal = initIs(InitKind.NORMAL);
        showWhen(normal, Forms.row(grid, "Mean", initMean), initMean);
        showWhen(normal, Forms.row(grid, "Standard deviation", initStd), initStd);
        showWhen(initIs(InitKind.UNIFORM), Forms.row(grid, "Limit (±)", initLimit), initLimit);
        BooleanBinding gain = Bindings.createBooleanBinding(
                () -> init.getValue() != null && LayerRowViewModel.usesGain(init.getValue()), init.valueProperty());
        showWhen(gain, Forms.row(grid, "Gain", initGain), initGain);
        Forms.row(grid, "Bias init", biasInit);
        Forms.row(grid, "Batch norm", batchNorm);
        Forms.row(grid, "Dropout", dropout);
        Forms.row(grid, "Residual block", residual);

        mark(units, "units", "Number of units, 1 to " + LayerSpec.MAX_UNITS);
        mark(activation, "activation", null);
        mark(leakySlope, "activation.leakySlope", "Slope for negative inputs, in [0, 1)");
        mark(eluAlpha, "activation.eluAlpha", "ELU saturation value for large negative inputs, > 0");
        mark(rreluLower, "activation.rreluLower", "Lowest random slope while training, in [0, 1)");
        mark(rreluUpper, "activation.rreluUpper", "Highest random slope while training, in [lowest, 1)");
        mark(init, "weightInit", null);
        mark(initValue, "weightInit.value", "Every weight starts at this value");
        mark(initMean, "weightInit.mean", null);
        mark(initStd, "weightInit.std", "Standard deviation, > 0");
        mark(initLimit, "weightInit.limit", "Weights are uniform in [-limit, limit], limit > 0");
        mark(initGain, "weightInit.gain", "Multiplies the initialiser's scale, > 0");
        mark(biasInit, "biasInit", "Every bias starts at this value; a large negative value makes dead ReLUs");
        mark(batchNorm, "batchNorm", null);
        mark(dropout, "dropout", "Probability of dropping a unit while training, in [0, 1)");
        mark(residual, "residual", "Adds this layer's input to the output of this layer or the next one");

        root = new VBox(8, title, grid, problem);
        root.getStyleClass().add("layer-editor");
        root.disableProperty().bind(vm.selectedLayerProperty().lessThan(0).or(vm.lockedProperty()));
        vm.selectedLayerProperty().addListener((o, a, b) -> select(b.intValue()));
        vm.layers().addListener((javafx.collections.ListChangeListener<LayerRowViewModel>) c -> select(vm.selectedLayerProperty().get()));
        select(vm.selectedLayerProperty().get());
    }

    private void mark(javafx.scene.control.Control control, String field, String help) {
        marker.mark(control, () -> {
            int i = vm.selectedLayerProperty().get();
            return i < 0 ? null : "network.layers[" + i + "]." + field;
        }, help);
    }

    private BooleanBinding is(ActivationKind kind) {
        return activation.valueProperty().isEqualTo(kind);
    }

    private BooleanBinding initIs(InitKind kind) {
        return init.valueProperty().isEqualTo(kind);
    }

    private static void showWhen(BooleanBinding condition, Label label, javafx.scene.Node field) {
        Forms.showWhen(condition, label, field);
    }

    VBox node() {
        return root;
    }

    private LayerRowViewModel bound;

    private void select(int index) {
        LayerRowViewModel row = index >= 0 && index < vm.layers().size() ? vm.layers().get(index) : null;
        if (row != bound) {
            binder.unbindAll();
            problem.textProperty().unbind();
            bound = row;
            if (row == null) {
                clear();
            } else {
                bindTo(row);
            }
        }
        int n = vm.layers().size();
        title.setText(row == null ? "No layer selected" : "Layer " + (index + 1) + " of " + n + (index == n - 1 ? " (output)" : ""));
        marker.refresh();
    }

    private void bindTo(LayerRowViewModel row) {
        binder.bind(units.textProperty(), row.unitsProperty());
        binder.bind(activation.valueProperty(), row.activationProperty());
        binder.bind(leakySlope.textProperty(), row.leakySlopeProperty());
        binder.bind(eluAlpha.textProperty(), row.eluAlphaProperty());
        binder.bind(rreluLower.textProperty(), row.rreluLowerProperty());
        binder.bind(rreluUpper.textProperty(), row.rreluUpperProperty());
        binder.bind(init.valueProperty(), row.weightInitProperty());
        binder.bind(initValue.textProperty(), row.initValueProperty());
        binder.bind(initMean.textProperty(), row.initMeanProperty());
        binder.bind(initStd.textProperty(), row.initStdProperty());
        binder.bind(initLimit.textProperty(), row.initLimitProperty());
        binder.bind(initGain.textProperty(), row.initGainProperty());
        binder.bind(biasInit.textProperty(), row.biasInitProperty());
        binder.bind(batchNorm.valueProperty(), row.batchNormProperty());
        binder.bind(dropout.textProperty(), row.dropoutProperty());
        binder.bindInt(residual.valueProperty(), row.residualSpanProperty());
        problem.textProperty().bind(row.problemProperty());
    }

    private void clear() {
        for (TextField f : new TextField[] {units, leakySlope, eluAlpha, rreluLower, rreluUpper, initValue, initMean,
                initStd, initLimit, initGain, biasInit, dropout}) {
            f.setText("");
        }
        activation.setValue(null);
        init.setValue(null);
        batchNorm.setValue(null);
        residual.setValue(null);
        problem.setText("");
    }
}
