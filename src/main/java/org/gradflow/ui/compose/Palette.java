package org.gradflow.ui.compose;

import java.util.List;
import javafx.scene.paint.Color;
import org.gradflow.model.ActivationKind;

/**
 * Colour-blind-safe colours: the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), which stays
 * distinguishable under protanopia, deuteranopia and tritanopia. Used for classes in the scatter plot and for
 * activation families in the network diagram.
 */
final class Palette {
    /** The eight Okabe-Ito colours, most distinct first (black last). */
    static final List<Color> OKABE_ITO = List.of(
            Color.web("#0072B2"), // blue
            Color.web("#E69F00"), // orange
            Color.web("#009E73"), // bluish green
            Color.web("#CC79A7"), // reddish purple
            Color.web("#56B4E9"), // sky blue
            Color.web("#D55E00"), // vermillion
            Color.web("#F0E442"), // yellow
            Color.web("#000000"));

    private Palette() {
    }

    /** @return the colour of class {@code index} (at least 0); colours repeat after eight classes */
    static Color ofClass(int index) {
        return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
    }

    /**
     * @return the colour of an activation's family: saturating (sigmoid orange, tanh vermillion, softsign yellow),
     *         ReLU family (blue, Leaky/RReLU sky blue), exponential (ELU, SELU bluish green), smooth (GELU, swish,
     *         softplus reddish purple), identity grey, softmax black; {@code null} gives light grey
     */
    static Color ofActivation(ActivationKind kind) {
        if (kind == null) {
            return Color.LIGHTGRAY;
        }
        return switch (kind) {
            case SIGMOID -> OKABE_ITO.get(1);
            case TANH -> OKABE_ITO.get(5);
            case SOFTSIGN -> OKABE_ITO.get(6);
            case RELU -> OKABE_ITO.get(0);
            case LEAKY_RELU, RRELU -> OKABE_ITO.get(4);
            case ELU, SELU -> OKABE_ITO.get(2);
            case GELU, SWISH, SOFTPLUS -> OKABE_ITO.get(3);
            case IDENTITY -> Color.web("#999999");
            case SOFTMAX -> OKABE_ITO.get(7);
        };
    }

    /**
     * A diverging blue-white-orange scale for regression values (colour-blind safe: it varies in lightness too).
     *
     * @param t position in [-1, 1]; values outside are clamped, NaN gives grey
     */
    static Color diverging(double t) {
        if (Double.isNaN(t)) {
            return Color.GRAY;
        }
        double c = Math.max(-1, Math.min(1, t));
        Color end = c < 0 ? OKABE_ITO.get(0) : OKABE_ITO.get(1);
        return Color.WHITE.interpolate(end, Math.abs(c));
    }

    /** @return black or white, whichever reads better on {@code background} */
    static Color textOn(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 0.5 ? Color.BLACK : Color.WHITE;
    }
}
