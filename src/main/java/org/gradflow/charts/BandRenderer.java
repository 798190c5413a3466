package org.gradflow.charts;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series of an {@link IntervalXYDataset} as a translucent band from start-y to end-y under a line through
 * the y values, like JFreeChart's DeviationRenderer, but safe with missing values: the band is split into separate
 * pieces wherever an interval bound is NaN, and the line breaks wherever a y value is NaN (instead of a corrupt
 * polygon). Pass 0 draws bands, pass 1 lines, pass 2 shapes.
 */
final class BandRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    private final float alpha;

    /**
     * @param alpha opacity of the bands in [0, 1]
     * @param shapes whether to draw a shape at each point
     */
    BandRenderer(float alpha, boolean shapes) {
        super(true, shapes);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        }
        this.alpha = alpha;
        setDrawSeriesLineAsPath(true);
    }

    @Override
    public int getPassCount() {
        return 3;
    }

    @Override
    protected boolean isLinePass(int pass) {
        return pass == 1;
    }

    @Override
    protected boolean isItemPass(int pass) {
        return pass == 2;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        if (pass == 0) {
            if (item == state.getFirstItemIndex() && isSeriesVisible(series)
                    && dataset instanceof IntervalXYDataset intervals) {
                drawBand(g2, state, dataArea, plot, domainAxis, rangeAxis, intervals, series);
            }
            return;
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                crosshairState, pass);
    }

    private void drawBand(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, XYPlot plot,
                          ValueAxis domainAxis, ValueAxis rangeAxis, IntervalXYDataset dataset, int series) {
        int first = Math.max(0, state.getFirstItemIndex());
        int last = Math.min(dataset.getItemCount(series) - 1, state.getLastItemIndex());
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        int n = last - first + 1;
        if (n < 2) {
            return;
        }
        double[] xs = new double[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        Composite saved = g2.getComposite();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g2.setPaint(getSeriesFillPaint(series) != null ? getSeriesFillPaint(series) : getSeriesPaint(series));
        int run = 0;
        for (int i = first; i <= last + 1; i++) {
            boolean good = i <= last && Double.isFinite(dataset.getXValue(series, i))
                    && Double.isFinite(dataset.getStartYValue(series, i))
                    && Double.isFinite(dataset.getEndYValue(series, i));
            if (good) {
                xs[run] = domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge);
                lows[run] = rangeAxis.valueToJava2D(dataset.getStartYValue(series, i), dataArea, yEdge);
                highs[run] = rangeAxis.valueToJava2D(dataset.getEndYValue(series, i), dataArea, yEdge);
                run++;
            } else {
                fill(g2, xs, lows, highs, run, vertical);
                run = 0;
            }
        }
        g2.setComposite(saved);
    }

    private static void fill(Graphics2D g2, double[] xs, double[] lows, double[] highs, int count, boolean vertical) {
        if (count < 2) {
            return;
        }
        Path2D.Double area = new Path2D.Double(Path2D.WIND_NON_ZERO, 2 * count);
        moveOrLine(area, xs[0], lows[0], vertical, true);
        for (int i = 1; i < count; i++) {
            moveOrLine(area, xs[i], lows[i], vertical, false);
        }
        for (int i = count - 1; i >= 0; i--) {
            moveOrLine(area, xs[i], highs[i], vertical, false);
        }
        area.closePath();
        g2.fill(area);
    }

    private static void moveOrLine(Path2D.Double path, double x, double y, boolean vertical, boolean move) {
        double px = vertical ? x : y;
        double py = vertical ? y : x;
        if (move) {
            path.moveTo(px, py);
        } else {
            path.lineTo(px, py);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BandRenderer b && b.alpha == alpha && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Float.hashCode(alpha);
    }
}
