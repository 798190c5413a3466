package org.gradflow.ui.compose;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;

/**
 * A scatter plot of a {@link DataPreview} on a Canvas: points coloured by class ({@link Palette#ofClass}) or, for
 * regression, by target on a diverging scale; beneath them, optionally, the decision boundary from a
 * {@link BoundaryGrid} as translucent cells (classification: the predicted class's colour, more opaque where the
 * network is more confident; regression: the predicted value). One-input data is drawn as target over x, with
 * the network's prediction as a curve. Redraws at most once per pulse. The plot (this region) has id
 * {@code #scatterPlot}.
 *
 * <p>Two canvases: the boundary beneath (its cells one image of one pixel per cell, scaled up without smoothing)
 * and the points on top. While training the boundary changes every second or two and only the lower canvas is
 * redrawn, with one image instead of a rectangle per cell: without a GPU the render thread rasterises every
 * command of a changed canvas, and 1,600 rectangles and 1,500 outlined circles per update cost it frames.
 */
final class ScatterPlot extends Region {
    private static final double PAD = 8;
    private final Canvas canvas = new Canvas();
    private final Canvas points = new Canvas();
    private DataPreview preview;
    private BoundaryGrid boundary;
    private boolean dirty = true;
    private boolean pointsDirty = true;
    /** How the points on the upper canvas were placed, to redraw them only when that changes. */
    private PlotMapping pointsMapping;

    ScatterPlot() {
        setId("scatterPlot");
        points.setMouseTransparent(true);
        getChildren().addAll(canvas, points);
        setMinSize(120, 120);
        setPrefSize(320, 320);
        getStyleClass().add("scatter-plot");
    }

    /** @param p the points to show, or {@code null} for none */
    void setPreview(DataPreview p) {
        preview = p;
        pointsDirty = true;
        redraw();
    }

    /** @param g the boundary to draw beneath the points, or {@code null} for none */
    void setBoundary(BoundaryGrid g) {
        boundary = g;
        redraw();
    }

    private void redraw() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            points.setWidth(w);
            points.setHeight(h);
            dirty = true;
            pointsDirty = true;
        }
        if (dirty) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double size = Math.max(1, Math.min(w, h) - 2 * PAD);
        double left = (w - size) / 2;
        double top = (h - size) / 2;
        if (preview == null) {
            g.setFill(Color.GRAY);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(Font.font(12));
            g.fillText("No data preview yet", w / 2, h / 2);
            points.getGraphicsContext2D().clearRect(0, 0, w, h);
            pointsDirty = false;
            return;
        }
        boolean oneInput = preview.inputWidth() == 1;
        boolean regression = preview.classNames().isEmpty();
        double[] ys = oneInput ? (regression ? preview.target() : toDoubles(preview.label())) : preview.y();
        // The points' axes include the boundary's extent, so a boundary over another range moves the points too.
        PlotMapping m = PlotMapping.of(preview.x(), ys, oneInput ? null : boundary, left, top, size, size);
        double scale = targetScale();
        if (boundary != null) {
            if (oneInput) {
                drawCurve(g, m, regression, top, size);
            } else {
                drawCells(g, m, regression, scale);
            }
        }
        g.setStroke(Color.web("#bbbbbb"));
        g.setLineWidth(1);
        g.strokeRect(left, top, size, size);
        if (pointsDirty || !m.sameAs(pointsMapping)) {
            drawPoints(m, ys, regression, scale);
        }
    }

    private void drawPoints(PlotMapping m, double[] ys, boolean regression, double scale) {
        pointsDirty = false;
        pointsMapping = m;
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, points.getWidth(), points.getHeight());
        double r = preview.x().length > 2000 ? 2 : 3.5;
        g.setLineWidth(0.8);
        for (int i = 0; i < preview.x().length; i++) {
            Color c = regression ? Palette.diverging(preview.target()[i] / scale) : Palette.ofClass(preview.label()[i]);
            double x = m.px(preview.x()[i]);
            double y = m.py(ys[i]);
            g.setFill(c);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(regression ? Color.web("#555555") : Color.WHITE);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** The cells as one image, one pixel per cell, drawn over their extent without smoothing (crisp cells). */
    private void drawCells(GraphicsContext g, PlotMapping m, boolean regression, double scale) {
        BoundaryGrid b = boundary;
        WritableImage image = new WritableImage(b.nx(), b.ny());
        PixelWriter pixels = image.getPixelWriter();
        for (int j = 0; j < b.ny(); j++) {
            for (int i = 0; i < b.nx(); i++) {
                int cell = j * b.nx() + i;
                double v = b.value()[cell];
                Color c;
                if (regression || b.predicted()[cell] < 0) {
                    c = withAlpha(Palette.diverging(v / scale), 0.55);
                } else {
                    double confidence = Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
                    c = withAlpha(Palette.ofClass(b.predicted()[cell]), 0.12 + 0.33 * confidence);
                }
                pixels.setColor(i, b.ny() - 1 - j, c); // image rows run top-down, grid rows bottom-up
            }
        }
        double x0 = m.px(b.xMin());
        double x1 = m.px(b.xMax());
        double y0 = m.py(b.yMax());
        double y1 = m.py(b.yMin());
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(image, x0, y0, x1 - x0, y1 - y0);
        g.setImageSmoothing(smooth);
    }

    private void drawCurve(GraphicsContext g, PlotMapping m, boolean regression, double top, double size) {
        BoundaryGrid b = boundary;
        double cw = (b.xMax() - b.xMin()) / b.nx();
        if (!regression) {
            for (int i = 0; i < b.nx(); i++) {
                g.setFill(withAlpha(Palette.ofClass(b.predicted()[i]), 0.25));
                double x0 = m.px(b.xMin() + i * cw);
                g.fillRect(x0, top, m.px(b.xMin() + (i + 1) * cw) - x0 + 0.25, size);
            }
            return;
        }
        g.setStroke(Color.web("#D55E00"));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < b.nx(); i++) {
            double x = m.px(b.xMin() + (i + 0.5) * cw);
            double y = m.py(b.value()[i]);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    /** @return the largest absolute regression target (at least a tiny positive number), for colour scaling */
    private double targetScale() {
        double max = 1e-12;
        for (double t : preview.target()) {
            if (Double.isFinite(t)) {
                max = Math.max(max, Math.abs(t));
            }
        }
        return max;
    }

    private static double[] toDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
