package org.gradflow.ui.compose;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small builders for the label-and-field forms of the compose views. */
final class Forms {
    private static final String NEXT_ROW = "gradflow.forms.nextRow";
    private static final Insets ROW_MARGIN = new Insets(2.5, 0, 2.5, 0);

    private Forms() {
    }

    /** @return a two-column grid (labels, growing fields) with the "form" style class */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(0); // rows space themselves with margins: a vgap would also be added around hidden rows
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.getStyleClass().add("form");
        return grid;
    }

    /** @return a text field with the given CSS id and a preferred width for short numbers */
    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    /** @return a non-editable combo box over {@code values}, showing {@link EnumLabels} names */
    static <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(List.of(type.getEnumConstants()));
        box.setConverter(EnumLabels.converter(type));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * Adds a row "label: field" at the grid's next row.
     *
     * @return the label, so callers can toggle the row with {@link #showWhen}
     */
    static Label row(GridPane grid, String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        int row = nextRow(grid);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setMargin(label, ROW_MARGIN);
        GridPane.setMargin(field, ROW_MARGIN);
        return label;
    }

    /** Adds a section title spanning both columns. */
    static void section(GridPane grid, String text) {
        Label title = new Label(text);
        title.getStyleClass().add("section-title");
        grid.add(title, 0, nextRow(grid), 2, 1);
        GridPane.setMargin(title, new Insets(6, 0, 2, 0));
    }

    /** Adds {@code node} alone in the field column of the grid's next row. */
    static void fieldOnly(GridPane grid, Node node) {
        grid.add(node, 1, nextRow(grid));
        GridPane.setMargin(node, ROW_MARGIN);
    }

    /**
     * @return the next free row index of a grid built with these methods. Counted here, not with
     *         {@link GridPane#getRowCount()}, which skips unmanaged (hidden) rows and would stack rows on them.
     */
    private static int nextRow(GridPane grid) {
        int row = (Integer) grid.getProperties().getOrDefault(NEXT_ROW, 0);
        grid.getProperties().put(NEXT_ROW, row + 1);
        return row;
    }

    /** Shows (and lays out) the nodes only while {@code condition} is true. */
    static void showWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(condition);
            n.managedProperty().bind(condition);
        }
    }
}
