package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawDataTest {
    @Test
    void ofClassesBuildsOneHotRows() {
        RawData data = RawData.ofClasses(new double[] {1, 2, 3, 4, 5, 6}, new int[] {2, 0, 1}, List.of("a", "b"),
                List.of("x", "y", "z"));
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.inputWidth()).isEqualTo(2);
        assertThat(data.targetWidth()).isEqualTo(3);
        assertThat(data.classification()).isTrue();
        assertThat(data.targetsCopy()).containsExactly(0, 0, 1, 1, 0, 0, 0, 1, 0);
        assertThat(data.label(0)).isEqualTo(2);
        assertThat(data.label(1)).isEqualTo(0);
        assertThat(data.label(2)).isEqualTo(1);
        assertThat(data.input(2, 1)).isEqualTo(6);
        assertThat(data.target(0, 2)).isEqualTo(1);
    }

    @Test
    void rejectsLabelsOutsideTheClasses() {
        assertThatThrownBy(() -> RawData.ofClasses(new double[] {1}, new int[] {2}, List.of("a"), List.of("x", "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2 of row 0");
    }

    @Test
    void rejectsArraysThatDoNotMatchTheWidths() {
        assertThatThrownBy(() -> new RawData(2, new double[3], new double[2], false, List.of("a", "b"),
                List.of("y"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not match");
        assertThatThrownBy(() -> new RawData(0, new double[0], new double[0], false, List.of("a"), List.of("y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RawData(1, null, new double[1], false, List.of("a"), List.of("y")))
                .isInstanceOf(NullPointerException.class).hasMessage("inputs");
    }

    @Test
    void copiesAreCopiesAndIndicesAreChecked() {
        RawData data = new RawData(2, new double[] {1, 2}, new double[] {3, 4}, false, List.of("x"), List.of("y"));
        data.inputsCopy()[0] = 99;
        data.targetsCopy()[0] = 99;
        assertThat(data.input(0, 0)).isEqualTo(1);
        assertThat(data.target(0, 0)).isEqualTo(3);
        assertThatThrownBy(() -> data.input(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> data.input(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> data.inputNames().add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void generatedNames() {
        assertThat(RawData.numberedNames("x", 3)).containsExactly("x1", "x2", "x3");
        assertThat(RawData.classNames(2)).containsExactly("class 0", "class 1");
    }
}
