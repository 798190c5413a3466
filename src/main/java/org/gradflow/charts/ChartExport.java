package org.gradflow.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws charts into images and writes them as PNG or SVG files. Writes are atomic: the file is written next to the
 * target under a temporary name and then moved over it, so a reader never sees half a file. A chart must not be
 * changed by another thread while it is drawn.
 */
public final class ChartExport {
    /** Default width in chart units (pixels at scale 1). */
    public static final int DEFAULT_WIDTH = 1600;
    /** Default height in chart units. */
    public static final int DEFAULT_HEIGHT = 1000;
    /** Default PNG scale: 2 pixels per chart unit, for sharp text on high-density screens. */
    public static final double DEFAULT_SCALE = 2.0;
    /** Largest accepted image side in pixels. */
    public static final int MAX_PIXELS = 16_384;
    /** Prefix of the ids JFreeSVG gives to clip paths and gradients; fixed so that SVG output is reproducible. */
    private static final String SVG_ID_PREFIX = "gradflow";

    private ChartExport() {
    }

    /**
     * Draws {@code chart} laid out at {@code width} x {@code height} units into an opaque image of
     * round(width * scale) x round(height * scale) pixels.
     *
     * @param chart the chart, not {@code null}
     * @param width layout width in units, at least 1
     * @param height layout height in units, at least 1
     * @param scale pixels per unit, finite and above 0; the pixel sizes must lie in 1..{@value #MAX_PIXELS}
     * @return the image, of type {@link BufferedImage#TYPE_INT_RGB}
     * @throws IllegalArgumentException for sizes or scale out of range
     */
    public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        Objects.requireNonNull(chart, "chart");
        int w = pixels(width, scale, "width");
        int h = pixels(height, scale, "height");
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * Writes {@code chart} as a PNG of {@value #DEFAULT_WIDTH} x {@value #DEFAULT_HEIGHT} units at scale
     * {@value #DEFAULT_SCALE}.
     *
     * @see #writePng(JFreeChart, Path, int, int, double)
     */
    public static void writePng(JFreeChart chart, Path file) throws IOException {
        writePng(chart, file, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_SCALE);
    }

    /**
     * Writes {@code chart} as a PNG drawn by {@link #render}. The bytes depend only on the chart, so equal charts give
     * identical files.
     *
     * @param chart the chart, not {@code null}
     * @param file the target, not {@code null}; its folder must exist; an existing file is replaced
     * @param width layout width in units, at least 1
     * @param height layout height in units, at least 1
     * @param scale pixels per unit, see {@link #render}
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void writePng(JFreeChart chart, Path file, int width, int height, double scale)
            throws IOException {
        Objects.requireNonNull(file, "file");
        BufferedImage image = render(chart, width, height, scale);
        writeAtomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /**
     * Writes {@code chart} as an SVG document of {@code width} x {@code height} pixels, text as text.
     *
     * @param chart the chart, not {@code null}
     * @param file the target, not {@code null}; its folder must exist; an existing file is replaced
     * @param width width in pixels, 1..{@value #MAX_PIXELS}
     * @param height height in pixels, 1..{@value #MAX_PIXELS}
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] svg = toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, out -> out.write(svg));
    }

    /**
     * @param chart the chart, not {@code null}
     * @param width width in pixels, 1..{@value #MAX_PIXELS}
     * @param height height in pixels, 1..{@value #MAX_PIXELS}
     * @return the chart as a complete SVG document (XML declaration first)
     */
    public static String toSvg(JFreeChart chart, int width, int height) {
        Objects.requireNonNull(chart, "chart");
        pixels(width, 1, "width");
        pixels(height, 1, "height");
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(SVG_ID_PREFIX);
        g2.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }

    private static int pixels(int units, double scale, String what) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and above 0, got " + scale);
        }
        if (units < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + units);
        }
        long px = Math.round(units * scale);
        if (px < 1 || px > MAX_PIXELS) {
            throw new IllegalArgumentException(what + " of " + units + " at scale " + scale + " gives " + px
                    + " pixels, outside 1.." + MAX_PIXELS);
        }
        return (int) px;
    }

    /** Something that writes a file's content. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
