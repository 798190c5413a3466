package org.gradflow.ui.dashboard;

import org.gradflow.charts.ChartKind;

/** Short chart names for tabs and cell menus. */
public final class ChartNames {
    private ChartNames() {
    }

    /** @return for example "Gradient norms" */
    public static String shortName(ChartKind kind) {
        return switch (kind) {
            case GRADIENT_NORMS -> "Gradient norms";
            case GRADIENT_FLOW -> "Gradient flow";
            case GRADIENT_HEATMAP -> "Gradient heatmap";
            case SATURATION -> "Saturation";
            case DEAD_UNITS -> "Dead units";
            case UPDATE_RATIO -> "Update ratio";
            case ACTIVATIONS -> "Activations";
            case LOSS -> "Loss";
            case GRADIENT_HISTOGRAMS -> "Gradient histogram";
            case ACTIVATION_HISTOGRAMS -> "Activation histogram";
        };
    }
}
