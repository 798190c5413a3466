package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepGridTest {
    @Test
    void oneColumnPerStepWhenThereAreFewSteps() {
        StepGrid grid = new StepGrid(1, 10, 1000);
        assertThat(grid.columns()).isEqualTo(10);
        assertThat(grid.width()).isEqualTo(1.0);
        assertThat(grid.center(0)).isEqualTo(1.0);
        assertThat(grid.center(9)).isEqualTo(10.0);
    }

    @Test
    void valuesAreOverlapWeightedMeans() {
        StepGrid grid = new StepGrid(1, 8, 2);
        assertThat(grid.width()).isEqualTo(4.0);
        StepGrid.Row row = grid.row();
        row.add(1, 1, 10);
        row.add(2, 4, 2);
        row.add(5, 8, 7);
        assertThat(row.value(0)).isEqualTo((10 + 3 * 2) / 4.0);
        assertThat(row.value(1)).isEqualTo(7.0);
    }

    @Test
    void aRangeAcrossColumnsCountsInEachByItsShare() {
        StepGrid grid = new StepGrid(1, 4, 2);
        StepGrid.Row row = grid.row();
        row.add(1, 3, 6);
        row.add(4, 4, 0);
        assertThat(row.value(0)).isEqualTo(6.0);
        assertThat(row.value(1)).isEqualTo(3.0);
    }

    @Test
    void nonFiniteValuesFlagTheirColumns() {
        StepGrid grid = new StepGrid(1, 4, 4);
        StepGrid.Row row = grid.row();
        row.add(1, 2, 1);
        row.add(2, 2, Double.NaN);
        assertThat(row.value(0)).isEqualTo(1.0);
        assertThat(row.nonFinite(1)).isTrue();
        assertThat(row.value(1)).isNaN();
        assertThat(row.covered(1)).isTrue();
        assertThat(row.covered(2)).isFalse();
        assertThat(row.value(2)).isNaN();
    }

    @Test
    void rejectsEmptyGrids() {
        assertThatThrownBy(() -> new StepGrid(5, 4, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepGrid(1, 4, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
