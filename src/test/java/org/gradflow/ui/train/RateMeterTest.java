package org.gradflow.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateMeterTest {
    @Test
    void rateOverTheWindow() {
        RateMeter m = new RateMeter(2_000_000_000L);
        assertThat(m.rate()).isNaN();
        m.add(0, 0);
        m.add(1_000_000_000L, 50);
        assertThat(m.rate()).isEqualTo(50.0);
        m.add(2_000_000_000L, 100);
        m.add(4_000_000_000L, 500);
        // the sample at t=0 and t=1 fell out of the 2 s window: (500 - 100) / 2 s
        assertThat(m.rate()).isEqualTo(200.0);
        m.clear();
        assertThat(m.rate()).isNaN();
    }
}
