package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    @Test
    void parsesDecimalNotation() {
        assertThat(CsvNumbers.parse("42")).isEqualTo(42.0);
        assertThat(CsvNumbers.parse("-1.5e-3")).isEqualTo(-0.0015);
        assertThat(CsvNumbers.parse("+.5")).isEqualTo(0.5);
        assertThat(CsvNumbers.parse("3.")).isEqualTo(3.0);
        assertThat(CsvNumbers.parse("1E2")).isEqualTo(100.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1d", "2f", "0x1p3", "1,5", "1 2", "--1", "1e", ".", "e5", "12abc"})
    void rejectsWhatIsNotADecimalNumber(String cell) {
        assertThatThrownBy(() -> CsvNumbers.parse(cell)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void spellsOutNaNAndInfinities() {
        assertThat(CsvNumbers.parse("NaN")).isNaN();
        assertThat(CsvNumbers.parse("nan")).isNaN();
        assertThat(CsvNumbers.parse("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(CsvNumbers.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CsvNumbers.parse("1e999")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void problemNamesNaNInfinityAndFloatOverflow() {
        assertThat(CsvNumbers.problem(1.5)).isNull();
        assertThat(CsvNumbers.problem(-3e38)).isNull();
        assertThat(CsvNumbers.problem(Double.NaN)).contains("NaN");
        assertThat(CsvNumbers.problem(Double.NEGATIVE_INFINITY)).contains("not a finite number");
        assertThat(CsvNumbers.problem(1e39)).contains("float range");
    }
}
