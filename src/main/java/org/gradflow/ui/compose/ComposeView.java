package org.gradflow.ui.compose;

import java.net.URL;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The compose screen: two tabs, "Layers" (network input size and the layer list beside the selected layer's editor)
 * and "Training" (experiment and training settings), with the validation message and notices above them and the
 * network diagram below, both always visible.
 * Build and use on the FX thread. The shell binds Train's disable state to {@link ComposeViewModel#validProperty()}.
 *
 * <p>CSS ids (for styling and TestFX):
 * <ul>
 * <li>this view: {@code #composeView}, {@code #composeTabs} with {@code #layersTab} and {@code #trainingTab}, {@code #validationLabel} (message, pseudo-class {@code :invalid}),
 * {@code #noticeLabel}, {@code #inputSizeField} (read-only while the dataset fixes it), {@code #fitDatasetButton};</li>
 * <li>layer list: {@code #layerList}, {@code #addLayerButton}, {@code #insertLayerButton},
 * {@code #duplicateLayerButton}, {@code #removeLayerButton}, {@code #moveUpButton}, {@code #moveDownButton},
 * {@code #repeatCount}, {@code #repeatButton}, {@code #layerListMessage};</li>
 * <li>layer editor: {@code #layerTitle}, {@code #unitsField}, {@code #activationChoice}, {@code #leakySlopeField},
 * {@code #eluAlphaField}, {@code #rreluLowerField}, {@code #rreluUpperField}, {@code #initChoice},
 * {@code #initValueField}, {@code #initMeanField}, {@code #initStdField}, {@code #initLimitField},
 * {@code #initGainField}, {@code #biasInitField}, {@code #batchNormChoice}, {@code #dropoutField},
 * {@code #residualChoice}, {@code #layerProblemLabel};</li>
 * <li>training: {@code #nameField}, {@code #seedField}, {@code #lossChoice}, {@code #optimizerChoice},
 * {@code #learningRateField}, {@code #momentumField}, {@code #beta1Field}, {@code #beta2Field}, {@code #rhoField},
 * {@code #epsilonField}, {@code #batchSizeField}, {@code #accumulationField}, {@code #stepsField},
 * {@code #clipChoice}, {@code #clipThresholdField}, {@code #l1Field}, {@code #l2Field},
 * {@code #validationEveryField}, {@code #histogramEveryField};</li>
 * <li>diagram: {@code #networkDiagram}, {@code #diagramCanvas}, {@code #diagramLegend}.</li>
 * </ul>
 * An invalid field has the pseudo-class {@code :invalid} (red border) and its problem as tooltip.
 */
public final class ComposeView {
    /** Shown while a run exists, in place of the validation message. */
    static final String LOCKED_TEXT = "A run exists: layers, data, loss, batch and steps are fixed until Reset. "
            + "Learning rate, optimiser, clipping and L1/L2 apply to the run with Apply.";
    private final BorderPane root = new BorderPane();

    /** @param vm the view model, not {@code null} */
    public ComposeView(ComposeViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        LayerListView list = new LayerListView(vm);
        LayerEditorView editor = new LayerEditorView(vm);
        TrainingSettingsView training = new TrainingSettingsView(vm);
        NetworkDiagram diagram = new NetworkDiagram(vm);

        TextField inputSize = Forms.field("inputSizeField");
        inputSize.setPrefColumnCount(5);
        inputSize.textProperty().bindBidirectional(vm.inputSizeProperty());
        inputSize.editableProperty().bind(vm.inputSizeFixedProperty().not());
        inputSize.disableProperty().bind(vm.lockedProperty());
        FieldMarker marker = new FieldMarker(vm.problems());
        marker.mark(inputSize, () -> "network.inputSize", "Input features; set by the dataset unless it is a CSV file");
        Button fit = new Button("Fit to dataset");
        fit.setId("fitDatasetButton");
        fit.setTooltip(new Tooltip("Set the input size and the output layer to the dataset's widths"));
        fit.setOnAction(e -> vm.fitToDataset());
        fit.disableProperty().bind(vm.lockedProperty());
        Label inputLabel = new Label("Input size");
        inputLabel.setLabelFor(inputSize);
        inputLabel.setMinWidth(Region.USE_PREF_SIZE);
        fit.setMinWidth(Region.USE_PREF_SIZE);
        HBox inputRow = new HBox(6, inputLabel, inputSize, fit);
        inputRow.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, title("Layers (input at the top)"), inputRow, list.node());
        VBox.setVgrow(list.node(), Priority.ALWAYS);
        left.setPadding(new Insets(6));

        ScrollPane editorPane = scroll(new VBox(6, title("Selected layer"), editor.node()));
        ScrollPane trainingPane = scroll(training.node());
        SplitPane layers = new SplitPane(left, editorPane);
        layers.setDividerPositions(0.52);
        TabPane tabs = new TabPane(tab("layersTab", "Layers", layers), tab("trainingTab", "Training", trainingPane));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("composeTabs");

        Label validation = new Label();
        validation.setId("validationLabel");
        validation.getStyleClass().add("validation-message");
        validation.setWrapText(true);
        validation.textProperty().bind(Bindings.when(vm.lockedProperty()).then(LOCKED_TEXT)
                .otherwise(Bindings.when(vm.validProperty()).then("Settings are valid.")
                        .otherwise(vm.validationMessageProperty())));
        vm.validProperty().addListener((o, a, b) -> validation.pseudoClassStateChanged(FieldMarker.INVALID, !b));
        validation.pseudoClassStateChanged(FieldMarker.INVALID, !vm.validProperty().get());
        Label notice = new Label();
        notice.setId("noticeLabel");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        VBox top = new VBox(2, validation, notice);
        top.setPadding(new Insets(4, 6, 4, 6));

        VBox bottom = new VBox(2, title("Network"), diagram.node());
        bottom.setPadding(new Insets(4, 6, 6, 6));
        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(bottom);
        root.setId("composeView");
        root.getStyleClass().add("compose");
        root.getStylesheets().add(stylesheet());
    }

    static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new Insets(6));
        return s;
    }

    /** @return the URL of compose.css */
    static String stylesheet() {
        URL css = ComposeView.class.getResource("compose.css");
        return Objects.requireNonNull(css, "compose.css is missing from the class path").toExternalForm();
    }

    /** @return the root node, to place in the shell */
    public Node node() {
        return root;
    }
}
