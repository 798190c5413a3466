package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import javafx.scene.paint.Color;
import org.gradflow.model.ActivationKind;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void eightDistinctOkabeItoColoursThatRepeat() {
        assertThat(new HashSet<>(Palette.OKABE_ITO)).hasSize(8);
        assertThat(Palette.ofClass(0)).isEqualTo(Color.web("#0072B2"));
        assertThat(Palette.ofClass(8)).isEqualTo(Palette.ofClass(0));
        assertThat(Palette.ofClass(-1)).isEqualTo(Palette.ofClass(7));
    }

    @Test
    void familiesShareAColourAndFamiliesDiffer() {
        assertThat(Palette.ofActivation(ActivationKind.LEAKY_RELU)).isEqualTo(Palette.ofActivation(ActivationKind.RRELU));
        assertThat(Palette.ofActivation(ActivationKind.ELU)).isEqualTo(Palette.ofActivation(ActivationKind.SELU));
        assertThat(Palette.ofActivation(ActivationKind.RELU)).isNotEqualTo(Palette.ofActivation(ActivationKind.TANH));
        assertThat(Palette.ofActivation(ActivationKind.SIGMOID)).isNotEqualTo(Palette.ofActivation(ActivationKind.TANH));
        for (ActivationKind k : ActivationKind.values()) {
            assertThat(Palette.ofActivation(k)).isNotNull();
        }
        assertThat(Palette.ofActivation(null)).isEqualTo(Color.LIGHTGRAY);
    }

    @Test
    void divergingScaleRunsFromBlueThroughWhiteToOrange() {
        assertThat(Palette.diverging(0)).isEqualTo(Color.WHITE);
        assertThat(Palette.diverging(-1)).isEqualTo(Palette.OKABE_ITO.get(0));
        assertThat(Palette.diverging(5)).isEqualTo(Palette.OKABE_ITO.get(1));
        assertThat(Palette.diverging(Double.NaN)).isEqualTo(Color.GRAY);
    }

    @Test
    void textColourContrastsWithTheBackground() {
        assertThat(Palette.textOn(Color.web("#F0E442"))).isEqualTo(Color.BLACK);
        assertThat(Palette.textOn(Color.web("#0072B2"))).isEqualTo(Color.WHITE);
    }
}
