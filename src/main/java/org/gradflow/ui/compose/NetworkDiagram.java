package org.gradflow.ui.compose;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.gradflow.model.ActivationKind;

/**
 * A small drawing of the network: the input and one bar per layer from left to right, bar height growing with
 * log2(units + 1), colour by activation ({@link Palette#ofActivation}), arcs for residual blocks, the selected layer
 * outlined and layers with a problem outlined in red. Clicking a bar selects its layer. Redraws at most once per
 * pulse, from the view model's current (possibly invalid) rows. Ids: {@code #networkDiagram} (this box),
 * {@code #diagramCanvas}, {@code #diagramLegend}.
 */
final class NetworkDiagram {
    private static final double LABEL_ROOM = 14;
    private final ComposeViewModel vm;
    private final Canvas canvas = new Canvas();
    private final FlowPane legend = new FlowPane(8, 2);
    private final Tooltip tooltip = new Tooltip();
    private final VBox root;
    private DiagramLayout layout;
    private boolean dirty = true;
    private Set<ActivationKind> legendKinds = EnumSet.noneOf(ActivationKind.class);

    NetworkDiagram(ComposeViewModel vm) {
        this.vm = vm;
        canvas.setId("diagramCanvas");
        legend.setId("diagramLegend");
        Pane holder = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    dirty = true;
                }
                if (dirty) {
                    draw();
                }
            }
        };
        holder.setMinSize(120, 70);
        holder.setPrefSize(360, 110);
        VBox.setVgrow(holder, Priority.ALWAYS);
        root = new VBox(2, holder, legend);
        root.setId("networkDiagram");
        root.getStyleClass().add("network-diagram");

        InvalidationListener redraw = o -> {
            dirty = true;
            holder.requestLayout();
        };
        vm.layers().addListener((ListChangeListener<LayerRowViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> watch(r, redraw, false));
                c.getAddedSubList().forEach(r -> watch(r, redraw, true));
            }
            redraw.invalidated(null);
        });
        vm.layers().forEach(r -> watch(r, redraw, true));
        vm.inputSizeProperty().addListener(redraw);
        vm.selectedLayerProperty().addListener(redraw);

        canvas.setOnMouseClicked(e -> {
            int layer = layout == null ? -1 : layout.layerAt(e.getX());
            if (layer >= 0) {
                vm.selectedLayerProperty().set(layer);
            }
        });
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> tooltip.setText(describe(layout == null ? -1 : layout.layerAt(e.getX()))));
    }

    private static void watch(LayerRowViewModel row, InvalidationListener l, boolean add) {
        for (var p : List.of(row.unitsProperty(), row.activationProperty(), row.residualSpanProperty(), row.problemProperty())) {
            if (add) {
                p.addListener(l);
            } else {
                p.removeListener(l);
            }
        }
    }

    /** @return the diagram with its legend */
    VBox node() {
        return root;
    }

    private String describe(int layer) {
        if (layer < 0) {
            return "input: " + vm.inputSizeProperty().get() + " features";
        }
        LayerRowViewModel row = vm.layers().get(layer);
        return "layer " + layer + ": " + row.summaryProperty().get();
    }

    static int unitsOf(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            return -1; // shown as the smallest bar; the editor reports the problem
        }
    }

    private void draw() {
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.web("#fbfbfb"));
        g.fillRect(0, 0, w, h);
        List<LayerRowViewModel> rows = vm.layers();
        int n = rows.size();
        int[] units = new int[n];
        int[] spans = new int[n];
        Set<ActivationKind> used = EnumSet.noneOf(ActivationKind.class);
        for (int i = 0; i < n; i++) {
            units[i] = unitsOf(rows.get(i).unitsProperty().get());
            spans[i] = rows.get(i).residualSpanProperty().get();
            if (rows.get(i).activationProperty().get() != null) {
                used.add(rows.get(i).activationProperty().get());
            }
        }
        layout = DiagramLayout.of(unitsOf(vm.inputSizeProperty().get()), units, spans, w, h - LABEL_ROOM);
        int selected = vm.selectedLayerProperty().get();
        for (DiagramLayout.Box b : layout.boxes()) {
            drawBox(g, b, b.layer() < 0 ? null : rows.get(b.layer()), b.layer() == selected);
        }
        g.setStroke(Color.web("#444444"));
        g.setLineWidth(1.5);
        for (DiagramLayout.Arc a : layout.arcs()) {
            g.beginPath();
            g.moveTo(a.fromX(), a.baseY());
            g.quadraticCurveTo((a.fromX() + a.toX()) / 2, 2 * a.topY() - a.baseY(), a.toX(), a.baseY());
            g.stroke();
        }
        drawLabels(g, units, h);
        updateLegend(used);
    }

    private void drawBox(GraphicsContext g, DiagramLayout.Box b, LayerRowViewModel row, boolean selected) {
        if (selected) {
            g.setFill(Color.web("#dde8f5"));
            g.fillRect(b.x() - 3, 0, b.w() + 6, canvas.getHeight());
        }
        g.setFill(row == null ? Color.web("#e0e0e0") : Palette.ofActivation(row.activationProperty().get()));
        g.fillRect(b.x(), b.y(), b.w(), b.h());
        boolean problem = row != null && !row.problemProperty().get().isEmpty();
        g.setStroke(problem ? Color.web("#c00000") : selected ? Color.BLACK : Color.web("#666666"));
        g.setLineWidth(problem || selected ? 2 : 0.75);
        g.strokeRect(b.x(), b.y(), b.w(), b.h());
    }

    private void drawLabels(GraphicsContext g, int[] units, double h) {
        List<DiagramLayout.Box> boxes = layout.boxes();
        double slot = boxes.size() > 1 ? boxes.get(1).x() - boxes.get(0).x() : 0;
        if (slot < 18) {
            return;
        }
        g.setFill(Color.web("#333333"));
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (DiagramLayout.Box b : boxes) {
            int u = b.layer() < 0 ? unitsOf(vm.inputSizeProperty().get()) : units[b.layer()];
            g.fillText(u < 0 ? "?" : Integer.toString(u), b.centerX(), h - 1);
        }
    }

    private void updateLegend(Set<ActivationKind> used) {
        if (used.equals(legendKinds)) {
            return;
        }
        legendKinds = EnumSet.noneOf(ActivationKind.class);
        legendKinds.addAll(used);
        legend.getChildren().clear();
        for (ActivationKind k : used) {
            Rectangle swatch = new Rectangle(10, 10, Palette.ofActivation(k));
            swatch.setStroke(Color.web("#666666"));
            Label label = new Label(EnumLabels.activation(k), swatch);
            label.getStyleClass().add("legend-item");
            legend.getChildren().add(label);
        }
    }
}
