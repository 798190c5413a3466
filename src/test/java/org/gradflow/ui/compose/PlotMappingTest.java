package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gradflow.run.BoundaryGrid;
import org.junit.jupiter.api.Test;

class PlotMappingTest {
    @Test
    void pointsRangeIsPaddedByFivePercent() {
        PlotMapping m = PlotMapping.of(new double[] {0, 10}, new double[] {-1, 1}, null, 100, 50, 200, 100);
        assertThat(m.xMin()).isEqualTo(-0.5);
        assertThat(m.xMax()).isEqualTo(10.5);
        assertThat(m.yMin()).isCloseTo(-1.1, within(1e-12));
        assertThat(m.px(-0.5)).isEqualTo(100);
        assertThat(m.px(10.5)).isEqualTo(300);
        assertThat(m.py(m.yMax())).as("up is up").isEqualTo(50);
        assertThat(m.py(m.yMin())).isEqualTo(150);
    }

    @Test
    void theBoundaryGridFixesTheRange() {
        BoundaryGrid g = new BoundaryGrid(1, 1, -3, 3, -2, 2, new int[] {0}, new double[] {1});
        PlotMapping m = PlotMapping.of(new double[] {0}, new double[] {0}, g, 0, 0, 60, 40);
        assertThat(m.px(-3)).isEqualTo(0);
        assertThat(m.px(3)).isEqualTo(60);
        assertThat(m.py(2)).isEqualTo(0);
        assertThat(m.py(-2)).isEqualTo(40);
    }

    @Test
    void emptyOrFlatDataGetsAUnitRange() {
        PlotMapping empty = PlotMapping.of(new double[0], new double[0], null, 0, 0, 10, 10);
        assertThat(empty.xMin()).isEqualTo(-1);
        assertThat(empty.xMax()).isEqualTo(1);
        PlotMapping flat = PlotMapping.of(new double[] {5, 5}, new double[] {0, 0}, null, 0, 0, 10, 10);
        assertThat(flat.xMin()).isEqualTo(4);
        assertThat(flat.xMax()).isEqualTo(6);
        assertThat(flat.yMin()).isEqualTo(-1);
    }

    @Test
    void nonFinitePointsAreIgnoredForTheRange() {
        PlotMapping m = PlotMapping.of(new double[] {0, Double.NaN, 1, 2}, new double[] {0, 5, Double.POSITIVE_INFINITY, 1},
                null, 0, 0, 10, 10);
        assertThat(m.xMax()).isCloseTo(2.1, within(1e-12));
        assertThat(m.yMax()).isCloseTo(1.05, within(1e-12));
    }
}
