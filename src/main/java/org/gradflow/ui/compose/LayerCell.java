package org.gradflow.ui.compose;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One row of the layer list: index, activation colour, summary, and "output" on the last layer; the pseudo-class
 * {@code :invalid} and a tooltip when the layer has a problem, {@code :residual} while it belongs to a residual
 * block. Rows can be dragged onto another row to move the layer there (refused while locked).
 */
final class LayerCell extends ListCell<LayerRowViewModel> {
    private static final PseudoClass RESIDUAL = PseudoClass.getPseudoClass("residual");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ComposeViewModel vm;
    private final Label index = new Label();
    private final Rectangle swatch = new Rectangle(10, 10);
    private final Label summary = new Label();
    private final HBox box = new HBox(6, index, swatch, summary);
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener refresh = o -> refresh();
    private LayerRowViewModel watched;

    LayerCell(ComposeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("layer-cell");
        index.getStyleClass().add("layer-index");
        index.setMinWidth(28);
        swatch.setStroke(Color.web("#666666"));
        setOnDragDetected(e -> {
            if (isEmpty() || vm.lockedProperty().get()) {
                return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString("layer " + getIndex());
            db.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (acceptsDrop(e.getGestureSource())) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, acceptsDrop(e.getGestureSource())));
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(e -> {
            boolean done = false;
            if (acceptsDrop(e.getGestureSource())) {
                int from = ((LayerCell) e.getGestureSource()).getIndex();
                int to = isEmpty() ? vm.layers().size() - 1 : getIndex();
                vm.moveLayer(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private boolean acceptsDrop(Object source) {
        return source instanceof LayerCell other && other != this && other.getListView() == getListView()
                && !other.isEmpty() && !vm.lockedProperty().get();
    }

    @Override
    protected void updateItem(LayerRowViewModel row, boolean empty) {
        super.updateItem(row, empty);
        if (watched != null) {
            watched.summaryProperty().removeListener(refresh);
            watched.problemProperty().removeListener(refresh);
            watched.residualSpanProperty().removeListener(refresh);
        }
        watched = empty ? null : row;
        if (watched != null) {
            watched.summaryProperty().addListener(refresh);
            watched.problemProperty().addListener(refresh);
            watched.residualSpanProperty().addListener(refresh);
        }
        refresh();
    }

    private void refresh() {
        LayerRowViewModel row = watched;
        if (row == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(FieldMarker.INVALID, false);
            pseudoClassStateChanged(RESIDUAL, false);
            return;
        }
        int i = getIndex();
        boolean output = i == vm.layers().size() - 1;
        index.setText(Integer.toString(i + 1));
        swatch.setFill(Palette.ofActivation(row.activationProperty().get()));
        summary.setText(row.summaryProperty().get() + (output ? "  (output)" : ""));
        setText(null);
        setGraphic(box);
        String problem = row.problemProperty().get();
        pseudoClassStateChanged(FieldMarker.INVALID, !problem.isEmpty());
        pseudoClassStateChanged(RESIDUAL, inResidualBlock(i));
        if (problem.isEmpty()) {
            setTooltip(null);
        } else {
            tooltip.setText(problem);
            setTooltip(tooltip);
        }
    }

    private boolean inResidualBlock(int i) {
        for (int start = Math.max(0, i - 1); start <= i && start < vm.layers().size(); start++) {
            int span = vm.layers().get(start).residualSpanProperty().get();
            if (span > 0 && start + span - 1 >= i) {
                return true;
            }
        }
        return false;
    }
}
