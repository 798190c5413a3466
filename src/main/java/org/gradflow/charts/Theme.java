package org.gradflow.charts;

import java.awt.Color;

/**
 * The colours of a chart: a light theme for documents and a dark one for the dark GUI. Each theme also fixes the part
 * of the viridis scale used for per-layer lines, so that the first and the last layer both stand out from the
 * background.
 */
public enum Theme {
    /** Dark text on white. */
    LIGHT(Color.WHITE, Color.WHITE, new Color(0x222222), new Color(0x555555), new Color(0xDDDDDD),
            new Color(0xF0F0F0), new Color(0xD62728), new Color(0xFF9F1C), 0.0, 0.88),
    /** Light text on near-black. */
    DARK(new Color(0x1E1F22), new Color(0x26272B), new Color(0xE6E6E6), new Color(0xB0B0B0), new Color(0x45474D),
            new Color(0x303236), new Color(0xFF5C5C), new Color(0xFFB347), 0.18, 1.0);

    private final Color background;
    private final Color plotBackground;
    private final Color text;
    private final Color axis;
    private final Color grid;
    private final Color minorGrid;
    private final Color nonFinite;
    private final Color clipped;
    private final double paletteStart;
    private final double paletteEnd;

    Theme(Color background, Color plotBackground, Color text, Color axis, Color grid, Color minorGrid,
          Color nonFinite, Color clipped, double paletteStart, double paletteEnd) {
        this.background = background;
        this.plotBackground = plotBackground;
        this.text = text;
        this.axis = axis;
        this.grid = grid;
        this.minorGrid = minorGrid;
        this.nonFinite = nonFinite;
        this.clipped = clipped;
        this.paletteStart = paletteStart;
        this.paletteEnd = paletteEnd;
    }

    /** @return colour behind the whole chart */
    public Color background() {
        return background;
    }

    /** @return colour behind the data area */
    public Color plotBackground() {
        return plotBackground;
    }

    /** @return colour of titles, labels and neutral data such as reference bands */
    public Color text() {
        return text;
    }

    /** @return colour of axis lines, tick marks and the plot outline */
    public Color axis() {
        return axis;
    }

    /** @return colour of major grid lines */
    public Color grid() {
        return grid;
    }

    /** @return colour of minor grid lines (between decades on log axes) */
    public Color minorGrid() {
        return minorGrid;
    }

    /** @return colour that marks non-finite (NaN or infinite) values */
    public Color nonFinite() {
        return nonFinite;
    }

    /** @return colour that marks steps where gradient clipping acted */
    public Color clipped() {
        return clipped;
    }

    /** @return position in [0, 1] on the viridis scale of the first (input) layer */
    public double paletteStart() {
        return paletteStart;
    }

    /** @return position in [0, 1] on the viridis scale of the last (output) layer */
    public double paletteEnd() {
        return paletteEnd;
    }
}
