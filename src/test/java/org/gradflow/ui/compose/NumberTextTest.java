package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertThat(NumberText.of(3.0)).isEqualTo("3");
        assertThat(NumberText.of(-2.0)).isEqualTo("-2");
        assertThat(NumberText.of(42L)).isEqualTo("42");
        assertThat(NumberText.of(0.0)).isEqualTo("0");
    }

    @Test
    void everyDoubleRoundTripsExactly() {
        double[] values = {0.1, 1.0 / 3, 1e-8, 0.999, 1e20, -0.0, 123456.789, Double.MIN_VALUE, 1e15, 1e15 - 1};
        for (double v : values) {
            String text = NumberText.of(v);
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as(text).isEqualTo(Double.doubleToRawLongBits(v));
        }
        assertThat(NumberText.of(-0.0)).isEqualTo("-0.0");
    }
}
