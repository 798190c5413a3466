package org.gradflow.ui.dashboard;

import org.gradflow.ui.train.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.Theme;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;
import org.jfree.chart.fx.ChartViewer;

/**
 * The side panel of the selected layer: what the layer is, its statistics at the latest step, a chart of its
 * gradient norm, signal norm and update ratio over the steps, and its two histogram charts. JavaFX thread only.
 */
final class LayerInspector {
    /** Least time between two redraws of the timeline chart. */
    private static final long TIMELINE_EVERY_NANOS = 150_000_000L;

    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label stepLabel = new Label();
    private final List<Label> values = new ArrayList<>();
    private final ChartViewer timelineViewer = new ChartViewer(null, false);
    private final List<ChartSlot> histograms;
    private LayerTimeline timeline;
    private int layer = -1;
    private boolean timelineDirty;
    private long timelinePublished;

    /** @param host the dashboard, for the histogram charts and closing; not {@code null} */
    LayerInspector(DashboardHost host) {
        Objects.requireNonNull(host, "host");
        title.setId("inspectorTitle");
        title.getStyleClass().add("inspector-title");
        details.setWrapText(true);
        details.getStyleClass().add("dim");
        Button close = new Button("×");
        close.setId("inspectorClose");
        close.setOnAction(e -> host.selectLayer(-1));
        close.getStyleClass().add("flat");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setId("inspectorValues");
        int row = 0;
        for (LayerMetric m : LayerMetric.values()) {
            Label name = new Label(label(m));
            name.getStyleClass().add("dim");
            Label value = new Label("—");
            value.setId("inspector-" + m.csvName());
            values.add(value);
            grid.addRow(row++, name, value);
        }
        timelineViewer.setId("inspectorTimeline");
        timelineViewer.setPrefHeight(220);
        timelineViewer.setMinHeight(160);
        timelineViewer.getCanvas().setTooltipEnabled(false);
        histograms = List.of(new ChartSlot(ChartKind.GRADIENT_HISTOGRAMS, host, "inspector-"),
                new ChartSlot(ChartKind.ACTIVATION_HISTOGRAMS, host, "inspector-"));
        VBox content = new VBox(8, head, details, stepLabel, grid, section("Over time"), timelineViewer,
                section("Histograms"));
        for (ChartSlot s : histograms) {
            s.viewer().setPrefHeight(240);
            s.viewer().setMinHeight(180);
            content.getChildren().add(s.viewer());
        }
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("layerInspector");
        root.getStyleClass().add("inspector");
        root.setMinWidth(300);
        root.setPrefWidth(360);
    }

    Node node() {
        return root;
    }

    /** @return the inspector's histogram charts (also fed and redrawn by the dashboard) */
    List<ChartSlot> slots() {
        return histograms;
    }

    /** @return the selected layer shown, -1 for none */
    int layer() {
        return layer;
    }

    /**
     * Shows a layer of a run.
     *
     * @param index 0-based, below the History's layer count
     */
    void show(int index, ExperimentSpec spec, History history, Theme theme) {
        layer = index;
        int count = spec.network().layers().size();
        title.setText("Layer " + (index + 1) + " of " + count);
        details.setText(describe(spec, index));
        timeline = history.layerCount() > index ? new LayerTimeline(history, index, theme) : null;
        if (timeline != null) {
            timelineViewer.setChart(timeline.chart());
        }
        timelineViewer.setVisible(timeline != null);
        StepStats latest = history.latest();
        showValues(latest);
        for (ChartSlot s : histograms) {
            s.rebuild(false);
        }
    }

    /** Shows nothing (no layer selected). */
    void hide() {
        layer = -1;
        timeline = null;
        timelineViewer.setVisible(false);
    }

    /** Takes a frame's steps; redraws the timeline at most every 150 ms. */
    void accept(List<StepStats> steps, long now) {
        if (layer < 0) {
            return;
        }
        showValues(steps.get(steps.size() - 1));
        if (timeline != null && timeline.accept(steps)) {
            timelineDirty = true;
        }
        if (timelineDirty && now - timelinePublished >= TIMELINE_EVERY_NANOS) {
            timeline.publish();
            timelineDirty = false;
            timelinePublished = now;
        }
    }

    private void showValues(StepStats s) {
        if (s == null || layer < 0 || layer >= s.layers().size()) {
            stepLabel.setText("no steps recorded yet");
            values.forEach(v -> v.setText("—"));
            return;
        }
        stepLabel.setText("At step " + Numbers.count(s.step()) + ":");
        LayerStats l = s.layers().get(layer);
        LayerMetric[] metrics = LayerMetric.values();
        for (int i = 0; i < metrics.length; i++) {
            double v = metrics[i].of(l);
            String text = metrics[i] == LayerMetric.NON_FINITE ? (l.nonFinite() ? "yes: NaN or ∞ found" : "no")
                    : Double.isNaN(v) && !l.nonFinite() ? "n/a for this activation" : Numbers.format(v);
            values.get(i).setText(text);
        }
    }

    private static String describe(ExperimentSpec spec, int index) {
        LayerSpec l = spec.network().layers().get(index);
        StringBuilder b = new StringBuilder();
        b.append(l.units()).append(" units, ").append(name(l.activation().kind().name())).append(", init ")
                .append(name(l.weightInit().kind().name()));
        if (l.batchNorm() != NormPlacement.NONE) {
            b.append(", batch norm ").append(name(l.batchNorm().name()));
        }
        if (l.dropout() > 0) {
            b.append(", dropout ").append(l.dropout());
        }
        b.append(index == 0 ? " (input side)" : index == spec.network().layers().size() - 1 ? " (output layer)" : "");
        return b.toString();
    }

    private static String name(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String label(LayerMetric m) {
        return switch (m) {
            case GRAD_NORM_W -> "||dL/dW||";
            case GRAD_NORM_B -> "||dL/db||";
            case SIGNAL_NORM -> "||dL/dz|| (signal)";
            case UPDATE_RATIO -> "update / weight";
            case WEIGHT_NORM -> "||W||";
            case ACT_MEAN -> "activation mean";
            case ACT_STD -> "activation std";
            case SATURATION -> "saturated fraction";
            case DEAD_FRACTION -> "dead fraction";
            case NON_FINITE -> "NaN / Inf";
        };
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        return l;
    }
}
