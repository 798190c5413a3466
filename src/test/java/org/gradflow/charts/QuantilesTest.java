package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void interpolatesBetweenOrderStatistics() {
        double[] s = Quantiles.sorted(new double[] {4, 1, 3, 2, 99}, 4);
        assertThat(s).containsExactly(1, 2, 3, 4);
        assertThat(Quantiles.of(s, 0.5)).isEqualTo(2.5);
        assertThat(Quantiles.of(s, 0.25)).isEqualTo(1.75);
        assertThat(Quantiles.of(s, 0)).isEqualTo(1);
        assertThat(Quantiles.of(s, 1)).isEqualTo(4);
        assertThat(Quantiles.of(new double[] {7}, 0.75)).isEqualTo(7);
        assertThat(Quantiles.of(new double[0], 0.5)).isNaN();
        assertThatThrownBy(() -> Quantiles.of(s, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
