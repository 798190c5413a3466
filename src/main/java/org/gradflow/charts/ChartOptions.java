package org.gradflow.charts;

import java.util.Objects;

/**
 * Choices that change a chart beyond its {@link ChartKind}. Immutable.
 *
 * @param theme colours, not {@code null}
 * @param step the step shown by the charts of one moment ({@link ChartKind#GRADIENT_FLOW},
 *        {@link ChartKind#ACTIVATIONS}); {@link #LATEST} (0) for the last recorded step; a step outside the recorded
 *        ones is clamped to the first or last; at least 0
 * @param layer layer index of the histogram charts, 0 = input side (shown as layer 1); at least 0 and, when a chart is
 *        built, below the History's layer count
 * @param medianWindow number of recorded rows up to {@code step} whose median and quartiles form the gradient-flow
 *        band, at least 1
 */
public record ChartOptions(Theme theme, long step, int layer, int medianWindow) {
    /** The value of {@code step} that means the last recorded step. */
    public static final long LATEST = 0;
    /** Default {@code medianWindow}. */
    public static final int DEFAULT_MEDIAN_WINDOW = 50;
    /** Light theme, latest step, first layer, median over 50 rows. */
    public static final ChartOptions DEFAULT = new ChartOptions(Theme.LIGHT, LATEST, 0, DEFAULT_MEDIAN_WINDOW);

    public ChartOptions {
        Objects.requireNonNull(theme, "theme");
        if (step < 0) {
            throw new IllegalArgumentException("step must be at least 0 (0 = latest), got " + step);
        }
        if (layer < 0) {
            throw new IllegalArgumentException("layer must be at least 0, got " + layer);
        }
        if (medianWindow < 1) {
            throw new IllegalArgumentException("medianWindow must be at least 1, got " + medianWindow);
        }
    }

    /** @return these options with another theme, not {@code null} */
    public ChartOptions withTheme(Theme t) {
        return new ChartOptions(t, step, layer, medianWindow);
    }

    /** @return these options with another step, at least 0 */
    public ChartOptions withStep(long s) {
        return new ChartOptions(theme, s, layer, medianWindow);
    }

    /** @return these options with another layer index (0 = input side), at least 0 */
    public ChartOptions withLayer(int l) {
        return new ChartOptions(theme, step, l, medianWindow);
    }

    /** @return these options with another median window, at least 1 */
    public ChartOptions withMedianWindow(int n) {
        return new ChartOptions(theme, step, layer, n);
    }
}
