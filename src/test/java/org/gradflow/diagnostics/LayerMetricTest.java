package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.gradflow.engine.LayerStats;
import org.junit.jupiter.api.Test;

class LayerMetricTest {
    private final LayerStats stats = new LayerStats(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 0.25, Double.NaN, true);

    @Test
    void extractsEachField() {
        assertThat(LayerMetric.GRAD_NORM_W.of(stats)).isEqualTo(1.5);
        assertThat(LayerMetric.GRAD_NORM_B.of(stats)).isEqualTo(2.5);
        assertThat(LayerMetric.SIGNAL_NORM.of(stats)).isEqualTo(3.5);
        assertThat(LayerMetric.UPDATE_RATIO.of(stats)).isEqualTo(4.5);
        assertThat(LayerMetric.WEIGHT_NORM.of(stats)).isEqualTo(5.5);
        assertThat(LayerMetric.ACT_MEAN.of(stats)).isEqualTo(6.5);
        assertThat(LayerMetric.ACT_STD.of(stats)).isEqualTo(7.5);
        assertThat(LayerMetric.SATURATION.of(stats)).isEqualTo(0.25);
        assertThat(LayerMetric.DEAD_FRACTION.of(stats)).isNaN();
        assertThat(LayerMetric.NON_FINITE.of(stats)).isEqualTo(1.0);
        LayerStats finite = new LayerStats(0, 0, 0, 0, 0, 0, 0, 0, 0, false);
        assertThat(LayerMetric.NON_FINITE.of(finite)).isEqualTo(0.0);
    }

    @Test
    void csvNamesAreTheDocumentedOnesAndRoundTrip() {
        assertThat(Arrays.stream(LayerMetric.values()).map(LayerMetric::csvName)).containsExactly(
                "grad_norm_w", "grad_norm_b", "signal_norm", "update_ratio", "weight_norm",
                "act_mean", "act_std", "saturation", "dead_fraction", "non_finite");
        for (LayerMetric m : LayerMetric.values()) {
            assertThat(LayerMetric.fromCsvName(m.csvName())).isSameAs(m);
        }
        assertThatThrownBy(() -> LayerMetric.fromCsvName("loss")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loss");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> LayerMetric.ACT_MEAN.of(null)).isInstanceOf(NullPointerException.class);
    }
}
