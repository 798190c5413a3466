package org.gradflow.ui.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractIntervalXYDataset;
import org.jfree.data.xy.IntervalXYDataset;

/**
 * A growable interval dataset for live charts: per series x (the step), y (mean) and a y band (min..max). Appending
 * does not notify listeners; {@link #publish()} sends one change event, so a chart redraws once per frame however
 * many steps arrived. When a series grows beyond {@code maxItems} its items are merged in pairs (x and y averaged,
 * band widened to both), so drawing cost stays bounded while the envelope stays true. JavaFX thread only.
 */
public final class LiveBandDataset extends AbstractIntervalXYDataset {
    private static final long serialVersionUID = 1L;

    private final int maxItems;
    private final List<Comparable<?>> keys = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private boolean bands = true;

    /** One series' arrays. */
    private static final class Column {
        double[] x = new double[64];
        double[] xLow = new double[64];
        double[] xHigh = new double[64];
        double[] y = new double[64];
        double[] lo = new double[64];
        double[] hi = new double[64];
        int size;

        void add(double xs, double xl, double xh, double ys, double l, double h) {
            if (size == x.length) {
                int n = size * 2;
                x = Arrays.copyOf(x, n);
                xLow = Arrays.copyOf(xLow, n);
                xHigh = Arrays.copyOf(xHigh, n);
                y = Arrays.copyOf(y, n);
                lo = Arrays.copyOf(lo, n);
                hi = Arrays.copyOf(hi, n);
            }
            x[size] = xs;
            xLow[size] = xl;
            xHigh[size] = xh;
            y[size] = ys;
            lo[size] = l;
            hi[size] = h;
            size++;
        }

        /** Merges neighbours pairwise: item i of the result covers items 2i and 2i+1. */
        void halve() {
            int n = 0;
            for (int i = 0; i < size; i += 2) {
                if (i + 1 == size) {
                    copy(i, n++);
                    break;
                }
                int j = i + 1;
                x[n] = (x[i] + x[j]) / 2;
                xLow[n] = Math.min(xLow[i], xLow[j]);
                xHigh[n] = Math.max(xHigh[i], xHigh[j]);
                y[n] = mean(y[i], y[j]);
                lo[n] = min(lo[i], lo[j]);
                hi[n] = max(hi[i], hi[j]);
                n++;
            }
            size = n;
        }

        private void copy(int from, int to) {
            x[to] = x[from];
            xLow[to] = xLow[from];
            xHigh[to] = xHigh[from];
            y[to] = y[from];
            lo[to] = lo[from];
            hi[to] = hi[from];
        }

        private static double mean(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : (a + b) / 2;
        }

        private static double min(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
        }

        private static double max(double a, double b) {
            return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
        }
    }

    /** @param maxItems items per series before they are merged in pairs, at least 4 */
    public LiveBandDataset(int maxItems) {
        if (maxItems < 4) {
            throw new IllegalArgumentException("maxItems must be at least 4, got " + maxItems);
        }
        this.maxItems = maxItems;
    }

    /**
     * @param source any interval dataset, not {@code null}
     * @param maxItems see {@link #LiveBandDataset(int)}
     * @return a live copy of {@code source}: same series keys and items
     */
    public static LiveBandDataset copyOf(IntervalXYDataset source, int maxItems) {
        Objects.requireNonNull(source, "source");
        LiveBandDataset d = new LiveBandDataset(maxItems);
        for (int s = 0; s < source.getSeriesCount(); s++) {
            int series = d.addSeries(source.getSeriesKey(s));
            for (int i = 0; i < source.getItemCount(s); i++) {
                d.append(series, source.getXValue(s, i), source.getStartXValue(s, i), source.getEndXValue(s, i),
                        source.getYValue(s, i), source.getStartYValue(s, i), source.getEndYValue(s, i));
            }
        }
        return d;
    }

    /** @return the index of a new empty series named {@code key} */
    public int addSeries(Comparable<?> key) {
        keys.add(Objects.requireNonNull(key, "key"));
        columns.add(new Column());
        return columns.size() - 1;
    }

    /**
     * Appends one point whose x interval is the point itself; no event.
     *
     * @param series series index
     * @param x x value, above the series' last x
     * @param y y value (NaN for a gap)
     * @param low band start (NaN for no band)
     * @param high band end (NaN for no band)
     */
    public void append(int series, double x, double y, double low, double high) {
        append(series, x, x, x, y, low, high);
    }

    private void append(int series, double x, double xLow, double xHigh, double y, double low, double high) {
        Column c = columns.get(series);
        c.add(x, xLow, xHigh, y, low, high);
        if (c.size > maxItems) {
            c.halve();
        }
    }

    /**
     * Replaces item {@code item}'s y values; no event.
     */
    public void set(int series, int item, double y, double low, double high) {
        Column c = columns.get(series);
        Objects.checkIndex(item, c.size);
        c.y[item] = y;
        c.lo[item] = low;
        c.hi[item] = high;
    }

    /** @return the last x of the series, or negative infinity when it is empty */
    public double lastX(int series) {
        Column c = columns.get(series);
        return c.size == 0 ? Double.NEGATIVE_INFINITY : c.x[c.size - 1];
    }

    /**
     * @param shown whether the y intervals (bands) are reported; when false, start and end y are NaN, so renderers
     *        draw lines only (no event)
     */
    public void setBandsShown(boolean shown) {
        this.bands = shown;
    }

    /** Sends one change event to the listeners (the plot), which redraws the chart. */
    public void publish() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return columns.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int series) {
        return columns.get(series).size;
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return columns.get(series).x[item];
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getYValue(int series, int item) {
        return columns.get(series).y[item];
    }

    @Override
    public Number getStartX(int series, int item) {
        return getStartXValue(series, item);
    }

    @Override
    public double getStartXValue(int series, int item) {
        return columns.get(series).xLow[item];
    }

    @Override
    public Number getEndX(int series, int item) {
        return getEndXValue(series, item);
    }

    @Override
    public double getEndXValue(int series, int item) {
        return columns.get(series).xHigh[item];
    }

    @Override
    public Number getStartY(int series, int item) {
        return getStartYValue(series, item);
    }

    @Override
    public double getStartYValue(int series, int item) {
        return bands ? columns.get(series).lo[item] : Double.NaN;
    }

    @Override
    public Number getEndY(int series, int item) {
        return getEndYValue(series, item);
    }

    @Override
    public double getEndYValue(int series, int item) {
        return bands ? columns.get(series).hi[item] : Double.NaN;
    }
}
