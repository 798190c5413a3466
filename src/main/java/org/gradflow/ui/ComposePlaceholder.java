package org.gradflow.ui;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.ui.files.ExperimentEditor;

/**
 * TEMPORARY stand-in for the compose panel ({@code org.gradflow.ui.compose}, being built separately): shows the
 * experiment's layers read-only, so the shell can be used and tested until the real editor is merged. Delete it then.
 */
final class ComposePlaceholder implements ExperimentEditor {
    private final ObjectProperty<ExperimentSpec> spec = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(-1);
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final ListView<String> layers = new ListView<>();
    private final Label name = new Label();
    private final VBox root;

    ComposePlaceholder(ExperimentSpec initial) {
        name.getStyleClass().add("inspector-title");
        name.setWrapText(true);
        Label note = new Label("Temporary panel: the layer editor, network diagram and dataset view are being built. "
                + "Open a preset or a file to change the experiment.");
        note.setWrapText(true);
        note.getStyleClass().add("dim");
        layers.setId("placeholderLayers");
        layers.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> selectedLayer.set(b.intValue()));
        selectedLayer.addListener((o, a, b) -> {
            if (layers.getSelectionModel().getSelectedIndex() != b.intValue()) {
                if (b.intValue() < 0) {
                    layers.getSelectionModel().clearSelection();
                } else {
                    layers.getSelectionModel().select(b.intValue());
                }
            }
        });
        spec.addListener((o, a, b) -> show(b));
        root = new VBox(8, name, layers, note);
        VBox.setVgrow(layers, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("composePlaceholder");
        load(initial);
    }

    Node node() {
        return root;
    }

    IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }

    BooleanProperty lockedProperty() {
        return locked;
    }

    private void show(ExperimentSpec s) {
        name.setText(s.name());
        layers.getItems().clear();
        int i = 1;
        for (LayerSpec l : s.network().layers()) {
            layers.getItems().add(String.format(Locale.ROOT, "%d.  %d %s  (init %s)", i++, l.units(),
                    l.activation().kind().name().toLowerCase(Locale.ROOT),
                    l.weightInit().kind().name().toLowerCase(Locale.ROOT)));
        }
    }

    @Override
    public ExperimentSpec spec() {
        return spec.get();
    }

    @Override
    public String problem() {
        return "";
    }

    @Override
    public void load(ExperimentSpec s) {
        spec.set(s);
        dirty.set(false);
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public void markSaved() {
        dirty.set(false);
    }
}
