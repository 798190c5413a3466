package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ChartOptionsTest {
    @Test
    void defaultsAndWithers() {
        ChartOptions o = ChartOptions.DEFAULT;
        assertThat(o).isEqualTo(new ChartOptions(Theme.LIGHT, 0, 0, 50));
        assertThat(o.withTheme(Theme.DARK).withStep(7).withLayer(2).withMedianWindow(9))
                .isEqualTo(new ChartOptions(Theme.DARK, 7, 2, 9));
    }

    @Test
    void rejectsInvalidValues() {
        assertThatThrownBy(() -> new ChartOptions(null, 0, 0, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ChartOptions.DEFAULT.withStep(-1)).hasMessageContaining("step");
        assertThatThrownBy(() -> ChartOptions.DEFAULT.withLayer(-1)).hasMessageContaining("layer");
        assertThatThrownBy(() -> ChartOptions.DEFAULT.withMedianWindow(0)).hasMessageContaining("medianWindow");
    }

    @Test
    void chartKindsHaveDistinctFileNames() {
        assertThat(Arrays.stream(ChartKind.values()).map(ChartKind::fileBaseName)).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
        for (ChartKind k : ChartKind.values()) {
            assertThat(ChartKind.fromFileBaseName(k.fileBaseName())).isSameAs(k);
        }
        assertThat(ChartKind.GRADIENT_NORMS.fileBaseName()).isEqualTo("gradient-norms");
        assertThatThrownBy(() -> ChartKind.fromFileBaseName("pie")).isInstanceOf(IllegalArgumentException.class);
    }
}
