package org.gradflow.ui.compose;

import java.io.File;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;

/**
 * The dataset panel: generator or CSV settings on the left, a scatter plot of the data on the right. Changing the
 * dataset makes the network follow its widths (see {@link ComposeViewModel}). The settings are disabled while the
 * view model is locked. Build and use on the FX thread. The CSV file chooser stores an absolute path.
 *
 * <p>CSS ids: {@code #datasetView}, {@code #datasetKindChoice}, {@code #samplesField}, {@code #noiseField},
 * {@code #datasetSeedField}, {@code #classesField}, {@code #featuresField}, {@code #outputsField},
 * {@code #csvFileField}, {@code #csvBrowseButton}, {@code #targetColumnField}, {@code #csvHeaderCheck},
 * {@code #csvClassificationCheck}, {@code #validationFractionField}, {@code #standardizeCheck},
 * {@code #datasetInfoLabel}, {@code #scatterPlot} (the plot: two Canvases, boundary and points). Invalid fields get {@code :invalid}.
 */
public final class DatasetView {
    private final BorderPane root = new BorderPane();
    private final ScatterPlot plot = new ScatterPlot();
    private final GridPane grid = Forms.grid();
    private final FieldMarker marker;

    /** @param vm the view model, not {@code null} */
    public DatasetView(ComposeViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        DatasetViewModel d = vm.dataset();
        marker = new FieldMarker(vm.problems());
        ComboBox<DatasetKind> kind = Forms.choice("datasetKindChoice", DatasetKind.class);
        kind.valueProperty().bindBidirectional(d.kindProperty());
        Forms.row(grid, "Dataset", kind);
        marker.mark(kind, () -> "dataset.kind", null);
        Forms.showWhen(d.generatedBinding(), rowOf(text("samplesField", "Samples", d.samplesProperty(), "samples", "Examples to generate")));
        Forms.showWhen(d.generatedBinding(), rowOf(text("noiseField", "Noise", d.noiseProperty(), "noise", "Standard deviation of added noise, ≥ 0")));
        Forms.showWhen(d.classesUsedBinding(), rowOf(text("classesField", "Classes", d.classesProperty(), "classes", "2 to 1000")));
        Forms.showWhen(d.featuresUsedBinding(), rowOf(text("featuresField", "Features", d.featuresProperty(), "features", "Input width")));
        Forms.showWhen(d.outputsUsedBinding(), rowOf(text("outputsField", "Outputs", d.outputsProperty(), "outputs", "Target width")));
        TextField file = Forms.field("csvFileField");
        file.textProperty().bindBidirectional(d.csvFileProperty());
        marker.mark(file, () -> "dataset.csvFile", "Path of the CSV file");
        Button browse = new Button("Browse…");
        browse.setId("csvBrowseButton");
        browse.setOnAction(e -> chooseFile(d));
        HBox fileBox = new HBox(4, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        Forms.showWhen(d.csvBinding(), Forms.row(grid, "CSV file", fileBox), fileBox);
        Forms.showWhen(d.csvBinding(), rowOf(text("targetColumnField", "Target column", d.targetColumnProperty(),
                "targetColumn", "Header name or 1-based column number")));
        CheckBox header = check("csvHeaderCheck", "First line is a header", d.csvHeaderProperty());
        CheckBox classification = check("csvClassificationCheck", "Target is a class label", d.csvClassificationProperty());
        Forms.showWhen(d.csvBinding(), header, classification);
        text("datasetSeedField", "Seed", d.seedProperty(), "seed", "Seed of the generator and the split");
        text("validationFractionField", "Validation share", d.validationFractionProperty(), "validationFraction", "In [0, 0.9]");
        check("standardizeCheck", "Standardise inputs", d.standardizeProperty());
        grid.disableProperty().bind(vm.lockedProperty());

        Label info = new Label();
        info.setId("datasetInfoLabel");
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.specProperty().get().dataset()), vm.specProperty()));
        VBox settings = new VBox(8, ComposeView.title("Dataset"), grid, info);
        settings.setPadding(new Insets(6));
        settings.setPrefWidth(300);
        VBox plotBox = new VBox(4, ComposeView.title("Data"), plot);
        VBox.setVgrow(plot, Priority.ALWAYS);
        plotBox.setPadding(new Insets(6));
        root.setLeft(settings);
        root.setCenter(plotBox);
        root.setId("datasetView");
        root.getStyleClass().add("compose");
        root.getStylesheets().add(ComposeView.stylesheet());
    }

    private Node[] rowOf(Node[] labelAndField) {
        return labelAndField;
    }

    private Node[] text(String id, String label, javafx.beans.property.StringProperty model, String field, String help) {
        TextField f = Forms.field(id);
        f.textProperty().bindBidirectional(model);
        Label l = Forms.row(grid, label, f);
        marker.mark(f, () -> DatasetViewModel.PREFIX + field, help);
        return new Node[] {l, f};
    }

    private CheckBox check(String id, String text, javafx.beans.property.BooleanProperty model) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(model);
        Forms.fieldOnly(grid, box);
        return box;
    }

    private void chooseFile(DatasetViewModel d) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            d.csvFileProperty().set(chosen.getAbsolutePath());
        }
    }

    static String describe(DatasetSpec spec) {
        if (spec.kind() == DatasetKind.CSV) {
            return "CSV file: the widths are known after loading; set the input size and output units to match.";
        }
        int in = spec.inputWidth();
        int out = spec.targetWidth();
        String inputs = in + (in == 1 ? " input" : " inputs");
        return spec.isClassification() ? inputs + ", " + out + " classes" : inputs + ", " + out
                + (out == 1 ? " regression target" : " regression targets");
    }

    /** @return the root node, to place in the shell */
    public Node node() {
        return root;
    }

    /**
     * Shows {@code p} in the scatter plot. Call on the FX thread.
     *
     * @param p the data to show, or {@code null} to clear the plot
     */
    public void setPreview(DataPreview p) {
        plot.setPreview(p);
    }

    /**
     * Draws {@code g} beneath the points (the network's decision boundary). Call on the FX thread.
     *
     * @param g the grid, or {@code null} to remove the overlay
     */
    public void setBoundary(BoundaryGrid g) {
        plot.setBoundary(g);
    }
}
