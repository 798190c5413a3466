package org.gradflow.charts;

import java.util.List;
import java.util.Objects;

import org.jfree.data.DomainOrder;
import org.jfree.data.xy.AbstractIntervalXYDataset;

/** An immutable, array-backed interval dataset: the data behind every line, band and bar of GradFlow charts. */
final class IntervalData extends AbstractIntervalXYDataset {
    private static final long serialVersionUID = 1L;

    private final List<IntervalSeries> series;

    /** @param series the series, not {@code null}, keys unique */
    IntervalData(List<IntervalSeries> series) {
        this.series = List.copyOf(Objects.requireNonNull(series, "series"));
        long distinct = this.series.stream().map(IntervalSeries::key).distinct().count();
        if (distinct != this.series.size()) {
            throw new IllegalArgumentException("series keys must be unique");
        }
    }

    /** @return the series in order */
    List<IntervalSeries> series() {
        return series;
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return series.get(s).key();
    }

    @Override
    public DomainOrder getDomainOrder() {
        return DomainOrder.ASCENDING;
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).size();
    }

    @Override
    public Number getX(int s, int item) {
        return getXValue(s, item);
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).x()[item];
    }

    @Override
    public Number getY(int s, int item) {
        return getYValue(s, item);
    }

    @Override
    public double getYValue(int s, int item) {
        return series.get(s).y()[item];
    }

    @Override
    public Number getStartX(int s, int item) {
        return getStartXValue(s, item);
    }

    @Override
    public double getStartXValue(int s, int item) {
        return series.get(s).xLow()[item];
    }

    @Override
    public Number getEndX(int s, int item) {
        return getEndXValue(s, item);
    }

    @Override
    public double getEndXValue(int s, int item) {
        return series.get(s).xHigh()[item];
    }

    @Override
    public Number getStartY(int s, int item) {
        return getStartYValue(s, item);
    }

    @Override
    public double getStartYValue(int s, int item) {
        return series.get(s).yLow()[item];
    }

    @Override
    public Number getEndY(int s, int item) {
        return getEndYValue(s, item);
    }

    @Override
    public double getEndYValue(int s, int item) {
        return series.get(s).yHigh()[item];
    }
}
