package org.gradflow.charts;

import java.util.Objects;

/** The charts GradFlow draws from a History, each with the base name of its exported file and its title. */
public enum ChartKind {
    /** ||dL/dW|| per layer over the steps, log scale. */
    GRADIENT_NORMS("gradient-norms", "Weight-gradient norm per layer"),
    /** ||dL/dW|| per layer at one step (bars) with the median and quartiles of the preceding steps. */
    GRADIENT_FLOW("gradient-flow", "Gradient-flow profile"),
    /** log10 ||dL/dW|| as colour, layer by step. */
    GRADIENT_HEATMAP("gradient-heatmap", "Weight-gradient norm, layer by step"),
    /** Saturated fraction per layer over the steps. */
    SATURATION("saturation", "Saturated units per layer"),
    /** Dead-unit fraction per layer over the steps. */
    DEAD_UNITS("dead-units", "Dead units per layer"),
    /** ||update|| / ||W|| per layer over the steps, log scale. */
    UPDATE_RATIO("update-ratio", "Update-to-weight ratio per layer"),
    /** Activation mean and standard deviation per layer at one step. */
    ACTIVATIONS("activations", "Activations per layer"),
    /** Training loss, validation loss and validation accuracy over the steps. */
    LOSS("loss", "Loss"),
    /** Histogram of |dL/dW| of one layer over the steps. */
    GRADIENT_HISTOGRAMS("gradient-histograms", "Weight-gradient histogram"),
    /** Histogram of the activations of one layer over the steps. */
    ACTIVATION_HISTOGRAMS("activation-histograms", "Activation histogram");

    private final String fileBaseName;
    private final String title;

    ChartKind(String fileBaseName, String title) {
        this.fileBaseName = fileBaseName;
        this.title = title;
    }

    /** @return lower-case file name without extension, for example {@code gradient-norms} */
    public String fileBaseName() {
        return fileBaseName;
    }

    /** @return the chart's title (histogram charts add the layer) */
    public String title() {
        return title;
    }

    /** @return whether {@link ChartOptions#layer()} selects what this chart shows */
    public boolean usesLayer() {
        return this == GRADIENT_HISTOGRAMS || this == ACTIVATION_HISTOGRAMS;
    }

    /** @return whether {@link ChartOptions#step()} selects what this chart shows */
    public boolean usesStep() {
        return this == GRADIENT_FLOW || this == ACTIVATIONS;
    }

    /**
     * @param name a name returned by {@link #fileBaseName()}, not {@code null}
     * @return the kind with that file base name
     * @throws IllegalArgumentException when no kind has that name
     */
    public static ChartKind fromFileBaseName(String name) {
        Objects.requireNonNull(name, "name");
        for (ChartKind k : values()) {
            if (k.fileBaseName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no chart named '" + name + "'");
    }
}
