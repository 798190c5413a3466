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
 * band widened to both) and from then on every item covers twice as many appended points, so all items cover equal
 * steps, drawing cost stays bounded and the envelope stays true. The points appended since the last full item show
 * as a partial last item. JavaFX thread only.
 */
public final class LiveBandDataset extends AbstractIntervalXYDataset {
    private static final long serialVersionUID = 1L;

    private final int maxItems;
    private final List<Comparable<?>> keys = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private boolean bands = true;

    /**
     * One series: committed items, each covering {@code stride} appended points, and the points appended since the
     * last commit, shown as one more (partial) item so the newest data is always visible.
     */
    private static final class Column {
        double[] x = new double[64];
        double[] xLow = new double[64];
        double[] xHigh = new double[64];
        double[] y = new double[64];
        double[] lo = new double[64];
        double[] hi = new double[64];
        int size;
        int stride = 1;
        int pendingCount;
        int pendingFinite;
        double pendingSumX;
        double pendingLow;
        double pendingHigh;
        double pendingSumY;
        double pendingMin = Double.NaN;
        double pendingMax = Double.NaN;
        double lastX = Double.NEGATIVE_INFINITY;

        void add(double xs, double xl, double xh, double ys, double l, double h) {
            if (pendingCount == 0) {
                pendingLow = xl;
                pendingSumX = 0;
                pendingSumY = 0;
                pendingFinite = 0;
                pendingMin = Double.NaN;
                pendingMax = Double.NaN;
            }
            pendingCount++;
            pendingSumX += xs;
            pendingHigh = xh;
            if (!Double.isNaN(ys)) {
                pendingSumY += ys;
                pendingFinite++;
            }
            pendingMin = min(pendingMin, l);
            pendingMax = max(pendingMax, h);
            lastX = xs;
            if (pendingCount == stride) {
                commit();
            }
        }

        private void commit() {
            if (size == x.length) {
                int n = size * 2;
                x = Arrays.copyOf(x, n);
                xLow = Arrays.copyOf(xLow, n);
                xHigh = Arrays.copyOf(xHigh, n);
                y = Arrays.copyOf(y, n);
                lo = Arrays.copyOf(lo, n);
                hi = Arrays.copyOf(hi, n);
            }
            x[size] = pendingX();
            xLow[size] = pendingLow;
            xHigh[size] = pendingHigh;
            y[size] = pendingY();
            lo[size] = pendingMin;
            hi[size] = pendingMax;
            size++;
            pendingCount = 0;
        }

        double pendingX() {
            return pendingSumX / pendingCount;
        }

        double pendingY() {
            return pendingFinite == 0 ? Double.NaN : pendingSumY / pendingFinite;
        }

        /** @return committed items plus the partial one */
        int count() {
            return size + (pendingCount > 0 ? 1 : 0);
        }

        /** Merges committed neighbours pairwise and doubles the stride, so every item covers the same steps. */
        void halve() {
            int n = 0;
            for (int i = 0; i + 1 < size; i += 2) {
                int j = i + 1;
                x[n] = (x[i] + x[j]) / 2;
                xLow[n] = Math.min(xLow[i], xLow[j]);
                xHigh[n] = Math.max(xHigh[i], xHigh[j]);
                y[n] = mean(y[i], y[j]);
                lo[n] = min(lo[i], lo[j]);
                hi[n] = max(hi[i], hi[j]);
                n++;
            }
            boolean odd = size % 2 == 1;
            if (odd) {
                // the unpaired last item becomes the start of the pending bucket
                int last = size - 1;
                double px = x[last];
                double pl = xLow[last];
                double ph = xHigh[last];
                double py = y[last];
                double pmin = lo[last];
                double pmax = hi[last];
                int oldStride = stride;
                size = n;
                stride *= 2;
                double sumX = pendingCount > 0 ? pendingSumX : 0;
                double sumY = pendingCount > 0 ? pendingSumY : 0;
                int finite = pendingCount > 0 ? pendingFinite : 0;
                int count = pendingCount;
                double high = pendingCount > 0 ? pendingHigh : ph;
                double mn = pendingCount > 0 ? pendingMin : Double.NaN;
                double mx = pendingCount > 0 ? pendingMax : Double.NaN;
                pendingCount = oldStride + count;
                pendingSumX = px * oldStride + sumX;
                pendingLow = pl;
                pendingHigh = high;
                pendingSumY = (Double.isNaN(py) ? 0 : py * oldStride) + sumY;
                pendingFinite = (Double.isNaN(py) ? 0 : oldStride) + finite;
                pendingMin = min(pmin, mn);
                pendingMax = max(pmax, mx);
                if (pendingCount >= stride) {
                    commit();
                }
            } else {
                size = n;
                stride *= 2;
                if (pendingCount >= stride) {
                    commit();
                }
            }
        }

        double xAt(int i) {
            return i < size ? x[i] : pendingX();
        }

        double xLowAt(int i) {
            return i < size ? xLow[i] : pendingLow;
        }

        double xHighAt(int i) {
            return i < size ? xHigh[i] : pendingHigh;
        }

        double yAt(int i) {
            return i < size ? y[i] : pendingY();
        }

        double loAt(int i) {
            return i < size ? lo[i] : pendingMin;
        }

        double hiAt(int i) {
            return i < size ? hi[i] : pendingMax;
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
        if (c.count() > maxItems) {
            c.halve();
        }
    }

    /**
     * Replaces item {@code item}'s y values; no event.
     */
    public void set(int series, int item, double y, double low, double high) {
        Column c = columns.get(series);
        Objects.checkIndex(item, c.size);
        if (c.stride != 1) {
            throw new IllegalStateException("items of a merged series cannot be replaced");
        }
        c.y[item] = y;
        c.lo[item] = low;
        c.hi[item] = high;
    }

    /** @return the x of the last point appended to the series, or negative infinity when it is empty */
    public double lastX(int series) {
        return columns.get(series).lastX;
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
        return columns.get(series).count();
    }

    @Override
    public Number getX(int series, int item) {
        return getXValue(series, item);
    }

    @Override
    public double getXValue(int series, int item) {
        return columns.get(series).xAt(item);
    }

    @Override
    public Number getY(int series, int item) {
        return getYValue(series, item);
    }

    @Override
    public double getYValue(int series, int item) {
        return columns.get(series).yAt(item);
    }

    @Override
    public Number getStartX(int series, int item) {
        return getStartXValue(series, item);
    }

    @Override
    public double getStartXValue(int series, int item) {
        return columns.get(series).xLowAt(item);
    }

    @Override
    public Number getEndX(int series, int item) {
        return getEndXValue(series, item);
    }

    @Override
    public double getEndXValue(int series, int item) {
        return columns.get(series).xHighAt(item);
    }

    @Override
    public Number getStartY(int series, int item) {
        return getStartYValue(series, item);
    }

    @Override
    public double getStartYValue(int series, int item) {
        return bands ? columns.get(series).loAt(item) : Double.NaN;
    }

    @Override
    public Number getEndY(int series, int item) {
        return getEndYValue(series, item);
    }

    @Override
    public double getEndYValue(int series, int item) {
        return bands ? columns.get(series).hiAt(item) : Double.NaN;
    }
}
