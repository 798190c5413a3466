package org.gradflow.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gradflow.diagnostics.HistogramSnapshot;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.Histogram;
import org.gradflow.engine.HistogramBins;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The histograms of one layer over the steps as a heatmap: x = step, y = bin, colour = share of the snapshot's values
 * in the bin (zero shares are left blank). Weight gradients use the log-spaced magnitude bins of
 * {@link HistogramBins} on an axis in decades; activations the linear bins. Each snapshot (or merged group of
 * snapshots, whose counts are averaged) holds until the next one. The y axis covers the bins that were ever used,
 * rounded out (whole decades for gradients, halves for activations). Exact zeros and non-finite values, which have no
 * regular bin, are reported in a subtitle; non-finite steps (and for gradients clipped steps) are marked.
 */
final class HistogramChart {
    private HistogramChart() {
    }

    /**
     * @param history a History with at least one step, not {@code null}
     * @param layer layer index, 0 = input side
     * @param gradients true for weight gradients, false for activations
     * @param theme the theme, not {@code null}
     * @return the chart
     * @throws IllegalArgumentException if {@code layer} is not a layer of the History
     */
    static JFreeChart build(History history, int layer, boolean gradients, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        int layers = history.layerCount();
        if (layer >= layers) {
            throw new IllegalArgumentException("layer index " + layer + " is not below the layer count " + layers);
        }
        long first = HistoryInfo.firstStep(history);
        long last = history.lastStep();
        List<HistogramSnapshot> snapshots = history.histograms(layer);
        int bins = gradients ? HistogramBins.GRAD_BINS : HistogramBins.ACT_BINS;
        StepGrid grid = new StepGrid(first, last, StepGrid.MAX_COLUMNS);
        StepGrid.Row[] rows = new StepGrid.Row[bins];
        for (int b = 0; b < bins; b++) {
            rows[b] = grid.row();
        }
        boolean[] used = new boolean[bins];
        long zeros = 0;
        long nonFinite = 0;
        long total = 0;
        for (int k = 0; k < snapshots.size(); k++) {
            HistogramSnapshot snap = snapshots.get(k);
            Histogram h = gradients ? snap.histograms().weightGradients() : snap.histograms().activations();
            long count = h.total();
            zeros += h.zeros();
            nonFinite += h.nonFinite();
            total += count;
            if (count == 0) {
                continue;
            }
            long until = k + 1 < snapshots.size() ? snapshots.get(k + 1).firstStep() - 1 : last;
            long to = Math.max(snap.lastStep(), until);
            for (int b = 0; b < bins; b++) {
                rows[b].add(snap.firstStep(), to, (double) h.count(b) / count);
                used[b] |= h.count(b) > 0;
            }
        }
        double[] xs = new double[bins * grid.columns()];
        double[] ys = new double[xs.length];
        double[] zs = new double[xs.length];
        int n = 0;
        double maxShare = 0;
        for (int b = 0; b < bins; b++) {
            for (int c = 0; c < grid.columns(); c++) {
                double share = rows[b].value(c);
                if (share > 0) {
                    xs[n] = grid.center(c);
                    ys[n] = center(b, gradients);
                    zs[n] = share;
                    maxShare = Math.max(maxShare, share);
                    n++;
                }
            }
        }
        double top = Math.max(0.05, Math.ceil(maxShare * 20) / 20);
        HeatScale scale = new HeatScale(0, top, theme.nonFinite());
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(gradients ? "|dL/dW| bins" : "activation bins", new double[][] {Arrays.copyOf(xs, n),
            Arrays.copyOf(ys, n), Arrays.copyOf(zs, n)});
        double binHeight = gradients ? 1.0 / HistogramBins.GRAD_BINS_PER_DECADE
                : (HistogramBins.ACT_MAX - HistogramBins.ACT_MIN) / HistogramBins.ACT_BINS;
        XYPlot plot = new XYPlot(data, Axes.steps(first, last), valueAxis(used, gradients),
                HeatmapParts.renderer(scale, grid.width(), binHeight));
        plot.setDomainGridlinesVisible(false);
        List<LegendItem> legend = EventMarkers.add(plot, history.events(), gradients, Layer.FOREGROUND,
                last - first + 1.0, theme);
        String what = gradients ? ChartKind.GRADIENT_HISTOGRAMS.title() : ChartKind.ACTIVATION_HISTOGRAMS.title();
        JFreeChart chart = Styler.chart(what + ", " + LayerLegend.name(layer, layers), plot);
        if (snapshots.isEmpty()) {
            Styler.subtitle(chart, "no histograms recorded");
        } else {
            Styler.subtitle(chart, subtitle(snapshots.size(), zeros, nonFinite, total, gradients));
        }
        HeatmapParts.colourBar(chart, scale, Axes.linear("share of values in the bin", 0, top));
        HeatmapParts.legend(chart, legend);
        return Styler.apply(chart, theme);
    }

    private static String subtitle(int snapshots, long zeros, long nonFinite, long total, boolean gradients) {
        StringBuilder b = new StringBuilder().append(snapshots).append(snapshots == 1 ? " snapshot" : " snapshots");
        if (gradients) {
            b.append("; exact zeros: ").append(percent(zeros, total));
        }
        return b.append("; non-finite: ").append(percent(nonFinite, total)).append(" of all values").toString();
    }

    private static String percent(long part, long total) {
        if (part == 0) {
            return "none";
        }
        double p = 100.0 * part / total;
        return Axes.format(p < 0.1 ? "0.###" : "0.#").format(p) + "%";
    }

    /** @return the y of bin {@code b}'s middle: log10 of the magnitude for gradients, the value for activations */
    static double center(int b, boolean gradients) {
        if (gradients) {
            return HistogramBins.GRAD_MIN_EXP + (b + 0.5) / HistogramBins.GRAD_BINS_PER_DECADE;
        }
        double width = (HistogramBins.ACT_MAX - HistogramBins.ACT_MIN) / HistogramBins.ACT_BINS;
        return HistogramBins.ACT_MIN + (b + 0.5) * width;
    }

    private static NumberAxis valueAxis(boolean[] used, boolean gradients) {
        int lo = -1;
        int hi = -1;
        for (int b = 0; b < used.length; b++) {
            if (used[b]) {
                hi = b;
                if (lo < 0) {
                    lo = b;
                }
            }
        }
        if (gradients) {
            DecadeRange range = lo < 0 ? LogAxes.DEFAULT : LogAxes.decades(
                    HistogramBins.gradientBinLow(lo), HistogramBins.gradientBinLow(hi + 1));
            return Axes.exponents("|dL/dW| (magnitude of weight-gradient entries)", range);
        }
        double width = (HistogramBins.ACT_MAX - HistogramBins.ACT_MIN) / HistogramBins.ACT_BINS;
        double lower = lo < 0 ? -1 : Math.floor(2 * (HistogramBins.ACT_MIN + lo * width)) / 2;
        double upper = lo < 0 ? 1 : Math.ceil(2 * (HistogramBins.ACT_MIN + (hi + 1) * width)) / 2;
        return Axes.linear("activation output", lower, Math.max(upper, lower + 0.5));
    }
}
