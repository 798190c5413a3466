package org.gradflow.ui.compose;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gradflow.model.NetworkSpec;

/**
 * The layer list (input side at the top, output at the bottom) with its buttons. Several consecutive rows can be
 * selected for "repeat"; the view model's selected layer follows the list's selected index and back. Buttons are
 * disabled while locked. Ids: {@code #layerList}, {@code #addLayerButton}, {@code #insertLayerButton},
 * {@code #duplicateLayerButton}, {@code #removeLayerButton}, {@code #moveUpButton}, {@code #moveDownButton},
 * {@code #repeatCount} (a Spinner: copies to add), {@code #repeatButton}, {@code #layerListMessage}.
 */
final class LayerListView {
    private final ComposeViewModel vm;
    private final ListView<LayerRowViewModel> list = new ListView<>();
    private final Spinner<Integer> repeatCount = new Spinner<>(1, NetworkSpec.MAX_LAYERS - 1, 4);
    private final Label message = new Label();
    private final VBox root;
    private boolean syncing;

    LayerListView(ComposeViewModel vm) {
        this.vm = vm;
        list.setId("layerList");
        list.setItems(vm.layers());
        list.setCellFactory(l -> new LayerCell(vm));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        repeatCount.setId("repeatCount");
        repeatCount.setEditable(true);
        repeatCount.setPrefWidth(80);
        repeatCount.setTooltip(new Tooltip("How many copies of the selected layers to add"));
        // digits only: the spinner commits its text on focus loss and would throw on anything else
        repeatCount.getEditor().setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));

        BooleanExpression locked = vm.lockedProperty();
        BooleanBinding none = vm.selectedLayerProperty().lessThan(0);
        BooleanBinding single = Bindings.size(vm.layers()).lessThan(2);
        Button add = button("addLayerButton", "Add layer", "Add a hidden layer before the output layer", vm::addLayer);
        add.disableProperty().bind(locked);
        Button insert = button("insertLayerButton", "Insert above", "Insert a layer above the selected one",
                () -> vm.insertLayer(vm.selectedLayerProperty().get()));
        insert.disableProperty().bind(locked.or(none));
        Button duplicate = button("duplicateLayerButton", "Duplicate", "Insert a copy below the selected layer",
                () -> vm.duplicateLayer(vm.selectedLayerProperty().get()));
        duplicate.disableProperty().bind(locked.or(none));
        Button remove = button("removeLayerButton", "Remove", "Remove the selected layer",
                () -> vm.removeLayer(vm.selectedLayerProperty().get()));
        remove.disableProperty().bind(locked.or(none).or(single));
        Button up = button("moveUpButton", "Up", "Move the selected layer towards the input", () -> move(-1));
        up.disableProperty().bind(locked.or(vm.selectedLayerProperty().lessThan(1)));
        Button down = button("moveDownButton", "Down", "Move the selected layer towards the output", () -> move(1));
        down.disableProperty().bind(locked.or(none).or(vm.selectedLayerProperty().greaterThanOrEqualTo(
                Bindings.size(vm.layers()).subtract(1))));
        Button repeat = button("repeatButton", "Repeat ×N",
                "Add N copies of the selected consecutive layers after them (a deep stack in one step)", this::repeat);
        repeat.disableProperty().bind(locked.or(none));

        FlowPane buttons = new FlowPane(4, 4, add, insert, duplicate, remove, up, down);
        FlowPane repeatRow = new FlowPane(4, 4, repeat, repeatCount);
        message.setId("layerListMessage");
        message.getStyleClass().add("validation-message");
        message.setWrapText(true);
        root = new VBox(4, list, buttons, repeatRow, message);
        root.getStyleClass().add("layer-list");

        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                vm.selectedLayerProperty().set(b.intValue());
                syncing = false;
            }
        });
        vm.selectedLayerProperty().addListener((o, a, b) -> showSelection(b.intValue()));
        InvalidationListener refreshCells = o -> list.refresh();
        vm.layers().addListener((ListChangeListener<LayerRowViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> r.residualSpanProperty().removeListener(refreshCells));
                c.getAddedSubList().forEach(r -> r.residualSpanProperty().addListener(refreshCells));
            }
            list.refresh();
            showSelection(vm.selectedLayerProperty().get());
        });
        vm.layers().forEach(r -> r.residualSpanProperty().addListener(refreshCells));
        showSelection(vm.selectedLayerProperty().get());
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showSelection(int index) {
        if (syncing || list.getSelectionModel().getSelectedIndex() == index && selectionIsOnly(index)) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
                list.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private boolean selectionIsOnly(int index) {
        List<Integer> selected = list.getSelectionModel().getSelectedIndices();
        return index < 0 ? selected.isEmpty() : selected.contains(index);
    }

    private void move(int delta) {
        int i = vm.selectedLayerProperty().get();
        vm.moveLayer(i, i + delta);
    }

    private void repeat() {
        repeatCount.commitValue(); // take typed digits that were not confirmed with Enter
        Integer typed = repeatCount.getValue();
        if (typed == null) {
            message.setText("Type how many copies to add.");
            return;
        }
        List<Integer> selected = list.getSelectionModel().getSelectedIndices();
        int from = vm.selectedLayerProperty().get();
        int to = from;
        for (int i : selected) {
            from = Math.min(from, i);
            to = Math.max(to, i);
        }
        int copies = typed;
        int room = vm.layersLeft() / (to - from + 1);
        if (copies > room) {
            message.setText("Only " + room + (room == 1 ? " copy fits" : " copies fit") + " of these "
                    + (to - from + 1) + " layers: a network has at most " + NetworkSpec.MAX_LAYERS + " layers.");
            return;
        }
        message.setText("");
        vm.repeat(from, to, copies);
    }

    /** @return the list with its buttons */
    VBox node() {
        return root;
    }

    /** @return the list itself */
    ListView<LayerRowViewModel> list() {
        return list;
    }
}
