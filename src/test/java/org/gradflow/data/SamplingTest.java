package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void classCountsSpreadTheRemainderOverTheFirstClasses() {
        assertThat(Sampling.classCount(10, 3, 0)).isEqualTo(4);
        assertThat(Sampling.classCount(10, 3, 1)).isEqualTo(3);
        assertThat(Sampling.classCount(10, 3, 2)).isEqualTo(3);
        assertThat(Sampling.classCount(2, 5, 4)).isZero();
    }

    @Test
    void linspaceMatchesNumpy() {
        // numpy.linspace(0, 1, 5) = [0, .25, .5, .75, 1]; with endpoint=False = [0, .2, .4, .6, .8]
        assertThat(Sampling.linspace(0, 1, 5, true, 4)).isEqualTo(1.0);
        assertThat(Sampling.linspace(0, 1, 5, true, 1)).isCloseTo(0.25, within(1e-15));
        assertThat(Sampling.linspace(0, 1, 5, false, 4)).isCloseTo(0.8, within(1e-15));
        assertThat(Sampling.linspace(2, 3, 1, true, 0)).isEqualTo(2.0);
        assertThat(Sampling.linspace(2, 3, 1, false, 0)).isEqualTo(2.0);
    }
}
