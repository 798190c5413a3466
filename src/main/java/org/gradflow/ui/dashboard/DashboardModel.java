package org.gradflow.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.Theme;

/**
 * The arrangement of the dashboard: layout (grid or tabs), which chart sits in which grid cell, the selected tab, the
 * chart theme and the selected layer. No JavaFX nodes: unit-tested without a window.
 */
public final class DashboardModel {
    /** The charts of the grid cells at start: the ones that show vanishing gradients first. */
    public static final List<ChartKind> DEFAULT_CELLS = List.of(ChartKind.GRADIENT_NORMS, ChartKind.GRADIENT_FLOW,
            ChartKind.LOSS, ChartKind.GRADIENT_HEATMAP, ChartKind.SATURATION, ChartKind.UPDATE_RATIO);

    private final ObjectProperty<DashboardLayout> layout = new SimpleObjectProperty<>(DashboardLayout.GRID_2X2);
    private final ObservableList<ChartKind> cells = FXCollections.observableArrayList(DEFAULT_CELLS);
    private final ObjectProperty<ChartKind> selectedTab = new SimpleObjectProperty<>(ChartKind.GRADIENT_NORMS);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final IntegerProperty selectedLayer = new SimpleIntegerProperty(-1);

    /**
     * Puts {@code kind} into grid cell {@code cell}; if another cell showed it, the two cells swap, so a chart is
     * never shown twice.
     *
     * @param cell 0 .. {@link DashboardLayout#GRID_3X2} cells - 1
     * @param kind not {@code null}
     */
    public void setCell(int cell, ChartKind kind) {
        Objects.requireNonNull(kind, "kind");
        Objects.checkIndex(cell, cells.size());
        int other = cells.indexOf(kind);
        if (other == cell) {
            return;
        }
        List<ChartKind> next = new ArrayList<>(cells);
        if (other >= 0) {
            next.set(other, cells.get(cell));
        }
        next.set(cell, kind);
        cells.setAll(next);
    }

    /** @return the charts visible with the current layout, in cell order */
    public Set<ChartKind> visibleKinds() {
        DashboardLayout l = layout.get();
        if (l == DashboardLayout.TABS) {
            return Set.of(selectedTab.get());
        }
        return new LinkedHashSet<>(cells.subList(0, l.cells()));
    }

    /** @return the layout */
    public ObjectProperty<DashboardLayout> layoutProperty() {
        return layout;
    }

    /** @return the chart of each grid cell (six cells; a 2 x 2 grid shows the first four); modify via setCell */
    public ObservableList<ChartKind> cells() {
        return FXCollections.unmodifiableObservableList(cells);
    }

    /** @return the chart shown in tab layout */
    public ObjectProperty<ChartKind> selectedTabProperty() {
        return selectedTab;
    }

    /** @return the chart theme (light or dark) */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** @return the selected layer everywhere: 0-based, -1 for none */
    public IntegerProperty selectedLayerProperty() {
        return selectedLayer;
    }
}
