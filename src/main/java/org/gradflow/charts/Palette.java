package org.gradflow.charts;

import java.awt.Color;
import java.util.Objects;

/**
 * Colours of GradFlow charts: the viridis scale (perceptually uniform, readable with colour-vision deficiencies and in
 * grey scale) for layers and heatmaps, and the theme's marker colours. Every colour is a pure function of its
 * arguments, so charts never depend on anything but their data.
 */
public final class Palette {
    /** Viridis at 0, 0.1, ..., 1 (matplotlib's values); colours in between are interpolated linearly in sRGB. */
    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884,
        0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725};

    private Palette() {
    }

    /**
     * @param t position on the scale; values outside [0, 1] are clamped; not NaN
     * @return the viridis colour at {@code t}: dark purple at 0, yellow at 1
     * @throws IllegalArgumentException if {@code t} is NaN
     */
    public static Color viridis(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must not be NaN");
        }
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
        double f = x - i;
        return mix(new Color(VIRIDIS[i]), new Color(VIRIDIS[i + 1]), f);
    }

    /**
     * @param layer layer index, 0 = input side, below {@code layerCount}
     * @param layerCount number of layers, at least 1
     * @param theme the theme, not {@code null}; fixes the part of the scale used
     * @return the colour of that layer: the input layer at the theme's {@link Theme#paletteStart()}, the output layer
     *         at its {@link Theme#paletteEnd()}, the others evenly in between
     * @throws IndexOutOfBoundsException if {@code layer} is out of range
     */
    public static Color layer(int layer, int layerCount, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        Objects.checkIndex(layer, layerCount);
        double f = layerCount == 1 ? 0 : (double) layer / (layerCount - 1);
        return viridis(theme.paletteStart() + f * (theme.paletteEnd() - theme.paletteStart()));
    }

    /**
     * @param color a colour, not {@code null}
     * @param alpha opacity in [0, 1]
     * @return {@code color} with that opacity
     */
    public static Color withAlpha(Color color, double alpha) {
        Objects.requireNonNull(color, "color");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(alpha * 255));
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color(channel(a.getRed(), b.getRed(), f), channel(a.getGreen(), b.getGreen(), f),
                channel(a.getBlue(), b.getBlue(), f));
    }

    private static int channel(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
