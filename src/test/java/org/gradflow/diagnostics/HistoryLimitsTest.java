package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistoryLimitsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        HistoryLimits d = HistoryLimits.DEFAULT;
        assertThat(d.firstSteps()).isEqualTo(1_000);
        assertThat(d.recentSteps()).isEqualTo(8_192);
        assertThat(d.maxBuckets()).isEqualTo(4_096);
        assertThat(d.recentHistograms()).isEqualTo(256);
        assertThat(d.maxHistogramBuckets()).isEqualTo(256);
    }

    @Test
    void rejectsOutOfRangeAndOddValues() {
        assertThatThrownBy(() -> new HistoryLimits(-1, 10, 4, 1, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstSteps");
        assertThatThrownBy(() -> new HistoryLimits(0, 0, 4, 1, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recentSteps");
        assertThatThrownBy(() -> new HistoryLimits(0, 10, 5, 1, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBuckets");
        assertThatThrownBy(() -> new HistoryLimits(0, 10, 4, 1, 2, 3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEventRanges");
        assertThatThrownBy(() -> new HistoryLimits(0, HistoryLimits.MAX_LIMIT + 1, 4, 1, 2, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new HistoryLimits(0, 1, 2, 1, 2, 2, 0).firstSteps()).isZero();
    }
}
