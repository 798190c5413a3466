package org.gradflow.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.gradflow.charts.ChartKind;
import org.jfree.chart.fx.ChartViewer;

/**
 * Places the chart viewers as the {@link DashboardModel} says: a grid whose cells each have a chart menu, or a tab
 * per chart; beside them the layer inspector when a layer is selected. A viewer is only ever in one place.
 */
final class DashboardLayoutView {
    private final DashboardModel model;
    private final Map<ChartKind, ChartSlot> slots;
    private final Node inspector;
    private final Runnable arranged;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final SplitPane split = new SplitPane(content);
    private final GridPane grid = new GridPane();
    private final TabPane tabs = new TabPane();
    private final List<ComboBox<ChartKind>> cellChoices = new ArrayList<>();
    private final Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(6));
    private boolean arranging;

    DashboardLayoutView(DashboardModel model, Map<ChartKind, ChartSlot> slots, Node inspector, Runnable arranged) {
        this.model = model;
        this.slots = slots;
        this.inspector = inspector;
        this.arranged = arranged;
        ChoiceBox<DashboardLayout> layout = new ChoiceBox<>();
        layout.setId("layoutChoice");
        layout.getItems().setAll(DashboardLayout.values());
        layout.setConverter(converter(DashboardLayout::label, DashboardLayout.values()));
        layout.valueProperty().bindBidirectional(model.layoutProperty());
        Label hint = new Label("drag: zoom · Ctrl+drag: pan · right-click: export · click a line or bar: inspect "
                + "that layer");
        hint.getStyleClass().add("dim");
        // When the bar is narrow the hint gives way (ellipsis, full text in its tooltip); label, choice and notice keep
        // their width.
        hint.setMinWidth(0);
        hint.setTooltip(new Tooltip(hint.getText()));
        notice.setMinWidth(Region.USE_PREF_SIZE);
        notice.setId("dashboardNotice");
        notice.getStyleClass().add("notice");
        noticeTimer.setOnFinished(e -> notice.setText(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Charts:");
        title.setMinWidth(Region.USE_PREF_SIZE);
        layout.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, title, layout, hint, spacer, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("dashboard-bar");
        for (int i = 0; i < DashboardLayout.GRID_3X2.cells(); i++) {
            int cell = i;
            ComboBox<ChartKind> choice = new ComboBox<>();
            choice.setId("cellChoice" + i);
            choice.getItems().setAll(ChartKind.values());
            choice.setConverter(converter(ChartNames::shortName, ChartKind.values()));
            choice.valueProperty().addListener((o, a, b) -> {
                if (!arranging && b != null) {
                    model.setCell(cell, b);
                }
            });
            cellChoices.add(choice);
        }
        for (ChartKind k : ChartKind.values()) {
            Tab tab = new Tab(ChartNames.shortName(k));
            tab.setClosable(false);
            tab.setUserData(k);
            tab.setId("tab-" + k.fileBaseName());
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!arranging && b != null) {
                model.selectedTabProperty().set((ChartKind) b.getUserData());
            }
        });
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        grid.setId("chartGrid");
        tabs.setId("chartTabs");
        model.layoutProperty().addListener((o, a, b) -> arrange());
        model.cells().addListener((javafx.collections.ListChangeListener<ChartKind>) c -> arrange());
        model.selectedTabProperty().addListener((o, a, b) -> arrange());
        root.setTop(bar);
        root.setCenter(split);
        root.setId("dashboard");
        arrange();
    }

    Node node() {
        return root;
    }

    /** Shows or hides the layer inspector beside the charts. */
    void showInspector(boolean show) {
        if (show && !split.getItems().contains(inspector)) {
            split.getItems().add(inspector);
            split.setDividerPositions(0.72);
        } else if (!show) {
            split.getItems().remove(inspector);
        }
    }

    /** Shows a short message in the dashboard's bar for a few seconds. */
    void notice(String text) {
        notice.setText(text);
        noticeTimer.playFromStart();
    }

    private void arrange() {
        arranging = true;
        try {
            for (ChartSlot s : slots.values()) {
                detach(s.viewer());
            }
            DashboardLayout l = model.layoutProperty().get();
            if (l == DashboardLayout.TABS) {
                ChartKind kind = model.selectedTabProperty().get();
                for (Tab t : tabs.getTabs()) {
                    if (t.getUserData() == kind) {
                        tabs.getSelectionModel().select(t);
                        t.setContent(slots.get(kind).viewer());
                    }
                }
                content.getChildren().setAll(tabs);
            } else {
                arrangeGrid(l);
                content.getChildren().setAll(grid);
            }
        } finally {
            arranging = false;
        }
        arranged.run();
    }

    private void arrangeGrid(DashboardLayout l) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < l.columns(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / l.columns());
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < l.rows(); r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / l.rows());
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < l.cells(); i++) {
            ChartKind kind = model.cells().get(i);
            ComboBox<ChartKind> choice = cellChoices.get(i);
            choice.setValue(kind);
            ChartViewer viewer = slots.get(kind).viewer();
            VBox cell = new VBox(2, choice, viewer);
            VBox.setVgrow(viewer, Priority.ALWAYS);
            cell.getStyleClass().add("chart-cell");
            cell.setMinSize(0, 0);
            grid.add(cell, i % l.columns(), i / l.columns());
        }
    }

    private void detach(ChartViewer viewer) {
        if (viewer.getParent() instanceof Pane p) {
            p.getChildren().remove(viewer);
        }
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() == viewer) {
                t.setContent(null);
            }
        }
    }

    private static <E> StringConverter<E> converter(java.util.function.Function<E, String> name, E[] values) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : name.apply(e);
            }

            @Override
            public E fromString(String s) {
                for (E e : values) {
                    if (name.apply(e).equals(s)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
