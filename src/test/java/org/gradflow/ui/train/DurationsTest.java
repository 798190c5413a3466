package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void formatsByMagnitude() {
        assertThat(Durations.format(0.2)).isEqualTo("< 1 s");
        assertThat(Durations.format(42.4)).isEqualTo("42 s");
        assertThat(Durations.format(185)).isEqualTo("3 min 05 s");
        assertThat(Durations.format(2 * 3600 + 7 * 60 + 10)).isEqualTo("2 h 07 min");
        assertThat(Durations.format(3 * 86400 + 4 * 3600)).isEqualTo("3 d 4 h");
    }

    @Test
    void unknownWhenNotFinite() {
        assertThat(Durations.format(Double.NaN)).isEqualTo(Durations.UNKNOWN);
        assertThat(Durations.format(-1)).isEqualTo(Durations.UNKNOWN);
        assertThat(Durations.eta(100, 0)).isEqualTo(Durations.UNKNOWN);
        assertThat(Durations.eta(100, Double.NaN)).isEqualTo(Durations.UNKNOWN);
    }

    @Test
    void etaDividesRemainingStepsByTheRate() {
        assertThat(Durations.eta(600, 10)).isEqualTo("1 min 00 s");
        assertThat(Durations.eta(0, 10)).isEqualTo("0 s");
    }
}
