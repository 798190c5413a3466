package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class PaletteTest {
    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertThat(Palette.viridis(0)).isEqualTo(new Color(0x440154));
        assertThat(Palette.viridis(1)).isEqualTo(new Color(0xFDE725));
        assertThat(Palette.viridis(0.5)).isEqualTo(new Color(0x21918C));
        assertThat(Palette.viridis(-3)).isEqualTo(Palette.viridis(0));
        assertThat(Palette.viridis(7)).isEqualTo(Palette.viridis(1));
        assertThatThrownBy(() -> Palette.viridis(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layerColoursGetBrighterFromInputToOutput() {
        for (Theme theme : Theme.values()) {
            double previous = -1;
            for (int layer = 0; layer < 20; layer++) {
                double l = luminance(Palette.layer(layer, 20, theme));
                assertThat(l).as("%s layer %d", theme, layer).isGreaterThan(previous);
                previous = l;
            }
            assertThat(Palette.layer(0, 1, theme)).isEqualTo(Palette.viridis(theme.paletteStart()));
        }
        assertThat(Palette.layer(0, 5, Theme.DARK)).as("the dark theme skips the darkest purple")
                .isNotEqualTo(Palette.viridis(0));
        assertThatThrownBy(() -> Palette.layer(5, 5, Theme.LIGHT)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void alphaIsApplied() {
        assertThat(Palette.withAlpha(Color.RED, 0.5).getAlpha()).isEqualTo(128);
        assertThatThrownBy(() -> Palette.withAlpha(Color.RED, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
