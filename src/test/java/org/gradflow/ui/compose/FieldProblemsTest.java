package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.model.InvalidSpecException;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {
    private final FieldProblems p = new FieldProblems();

    @Test
    void parsesTrimmedNumbers() {
        assertThat(p.parseInt("a", " 12 ")).isEqualTo(12);
        assertThat(p.parseLong("b", "-7")).isEqualTo(-7L);
        assertThat(p.parseDouble("c", "1e-3")).isEqualTo(0.001);
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(p.parseInt("a", "1.5")).isNull();
        assertThat(p.parseLong("b", null)).isNull();
        assertThat(p.parseDouble("c", "NaN")).isNull();
        assertThat(p.parseDouble("d", "abc")).isNull();
        assertThat(p.asMap()).containsExactly(
                java.util.Map.entry("a", "must be a whole number, got '1.5'"),
                java.util.Map.entry("b", "is required"),
                java.util.Map.entry("c", "must be a finite number, got 'NaN'"),
                java.util.Map.entry("d", "must be a number, got 'abc'"));
    }

    @Test
    void keepsTheFirstProblemOfAField() {
        p.add("x", "first");
        p.add("x", "second");
        assertThat(p.asMap()).containsExactly(java.util.Map.entry("x", "first"));
    }

    @Test
    void buildRecordsTheSpecExceptionUnderThePrefixedRenamedField() {
        Object built = p.build("network.", f -> f.replace("alpha", "slope"), () -> {
            throw new InvalidSpecException("alpha", "too big");
        });
        assertThat(built).isNull();
        assertThat(p.asMap()).containsEntry("network.slope", "too big");
        assertThat(p.build("x.", () -> "ok")).isEqualTo("ok");
    }

    @Test
    void unusedFieldsFallBackSilently() {
        assertThat(FieldProblems.parseUnused("0.5", 1)).isEqualTo(0.5);
        assertThat(FieldProblems.parseUnused("junk", 1)).isEqualTo(1.0);
        assertThat(FieldProblems.parseUnused("Infinity", 1)).isEqualTo(1.0);
        assertThat(FieldProblems.parseUnused("2", 0.9, v -> v < 1)).isEqualTo(0.9);
        assertThat(p.isEmpty()).isTrue();
    }
}
