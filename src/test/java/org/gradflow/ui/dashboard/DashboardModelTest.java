package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.charts.ChartKind;
import org.junit.jupiter.api.Test;

class DashboardModelTest {
    private final DashboardModel model = new DashboardModel();

    @Test
    void gridShowsItsFirstCells() {
        assertThat(model.visibleKinds()).containsExactly(ChartKind.GRADIENT_NORMS, ChartKind.GRADIENT_FLOW,
                ChartKind.LOSS, ChartKind.GRADIENT_HEATMAP);
        model.layoutProperty().set(DashboardLayout.GRID_3X2);
        assertThat(model.visibleKinds()).hasSize(6).contains(ChartKind.SATURATION, ChartKind.UPDATE_RATIO);
    }

    @Test
    void tabsShowTheSelectedTab() {
        model.layoutProperty().set(DashboardLayout.TABS);
        model.selectedTabProperty().set(ChartKind.DEAD_UNITS);
        assertThat(model.visibleKinds()).containsExactly(ChartKind.DEAD_UNITS);
    }

    @Test
    void choosingAChartShownElsewhereSwapsTheCells() {
        model.setCell(0, ChartKind.LOSS);
        assertThat(model.cells().subList(0, 4)).containsExactly(ChartKind.LOSS, ChartKind.GRADIENT_FLOW,
                ChartKind.GRADIENT_NORMS, ChartKind.GRADIENT_HEATMAP);
        model.setCell(1, ChartKind.ACTIVATIONS);
        assertThat(model.cells().get(1)).isEqualTo(ChartKind.ACTIVATIONS);
        assertThat(model.cells()).doesNotHaveDuplicates();
    }
}
