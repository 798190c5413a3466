package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;

class StepMetricTest {
    @Test
    void extractsEachField() {
        StepStats s = new StepStats(7, 1.5, 2.5, 0.75, 0.01, 9.5, 4.5, true, false, List.of(), List.of());
        assertThat(StepMetric.LOSS.of(s)).isEqualTo(1.5);
        assertThat(StepMetric.VAL_LOSS.of(s)).isEqualTo(2.5);
        assertThat(StepMetric.VAL_ACCURACY.of(s)).isEqualTo(0.75);
        assertThat(StepMetric.LEARNING_RATE.of(s)).isEqualTo(0.01);
        assertThat(StepMetric.GRAD_NORM_GLOBAL.of(s)).isEqualTo(9.5);
        assertThat(StepMetric.GRAD_NORM_GLOBAL_CLIPPED.of(s)).isEqualTo(4.5);
        assertThat(StepMetric.CLIPPED.of(s)).isEqualTo(1.0);
        assertThat(StepMetric.NON_FINITE.of(s)).isEqualTo(0.0);
        StepStats t = new StepStats(8, 1, Double.NaN, Double.NaN, 0.01, 1, 1, false, true, List.of(), List.of());
        assertThat(StepMetric.CLIPPED.of(t)).isEqualTo(0.0);
        assertThat(StepMetric.NON_FINITE.of(t)).isEqualTo(1.0);
        assertThat(StepMetric.VAL_LOSS.of(t)).isNaN();
    }

    @Test
    void csvNamesAreTheDocumentedOnesAndRoundTrip() {
        assertThat(Arrays.stream(StepMetric.values()).map(StepMetric::csvName)).containsExactly(
                "loss", "val_loss", "val_accuracy", "learning_rate", "grad_norm_global",
                "grad_norm_global_clipped", "clipped", "non_finite");
        for (StepMetric m : StepMetric.values()) {
            assertThat(StepMetric.fromCsvName(m.csvName())).isSameAs(m);
        }
        assertThatThrownBy(() -> StepMetric.fromCsvName("Loss")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StepMetric.fromCsvName(null)).isInstanceOf(NullPointerException.class);
    }
}
