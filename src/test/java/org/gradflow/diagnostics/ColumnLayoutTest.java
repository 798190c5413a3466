package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    @Test
    void fillAgreesWithTheMetricEnums() {
        ColumnLayout layout = new ColumnLayout(3);
        assertThat(layout.columns()).isEqualTo(8 + 3 * 10);
        StepStats s = Steps.clipped(Steps.step(1230, 3), true);
        double[] row = new double[layout.columns()];
        layout.fill(s, row);
        for (StepMetric m : StepMetric.values()) {
            Steps.assertSameValue(row[layout.column(m)], m.of(s), m.name());
        }
        for (int l = 0; l < 3; l++) {
            for (LayerMetric m : LayerMetric.values()) {
                Steps.assertSameValue(row[layout.column(l, m)], m.of(s.layers().get(l)), l + " " + m);
            }
        }
        assertThat(row[layout.column(StepMetric.CLIPPED)]).isEqualTo(1.0);
    }

    @Test
    void columnsAreDistinctAndLayerIndexIsChecked() {
        ColumnLayout layout = new ColumnLayout(2);
        assertThat(layout.column(1, LayerMetric.NON_FINITE)).isEqualTo(layout.columns() - 1);
        assertThat(layout.column(0, LayerMetric.GRAD_NORM_W)).isEqualTo(StepMetric.values().length);
        assertThatThrownBy(() -> layout.column(2, LayerMetric.ACT_MEAN))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new ColumnLayout(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
