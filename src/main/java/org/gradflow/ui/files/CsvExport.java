package org.gradflow.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.gradflow.io.MetricsCsvWriter;

/**
 * Writes a run's History as {@code steps.csv} and {@code layers.csv} in the format of the headless {@code gradflow
 * run} ({@link MetricsCsvWriter}): one row per recorded row of the History. Rows of the History's summary (the middle
 * of very long runs) stand for a bucket of steps; they carry the bucket's mean and its last step's number.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /**
     * @param history the run, not {@code null}
     * @param dir an existing folder, not {@code null}; existing CSV files there are replaced
     * @return the two files written
     */
    public static List<Path> write(History history, Path dir) throws IOException {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(dir, "dir");
        int layers = history.layerCount();
        StepMetric[] stepMetrics = StepMetric.values();
        LayerMetric[] layerMetrics = LayerMetric.values();
        Series[] steps = new Series[stepMetrics.length];
        for (int m = 0; m < stepMetrics.length; m++) {
            steps[m] = history.stepSeries(stepMetrics[m]);
        }
        Series[][] perLayer = new Series[layers][layerMetrics.length];
        for (int l = 0; l < layers; l++) {
            for (int m = 0; m < layerMetrics.length; m++) {
                perLayer[l][m] = history.layerSeries(l, layerMetrics[m]);
            }
        }
        int rows = layers == 0 ? 0 : steps[0].size();
        try (MetricsCsvWriter writer = new MetricsCsvWriter(dir)) {
            for (int r = 0; r < rows; r++) {
                List<LayerStats> ls = new ArrayList<>(layers);
                for (int l = 0; l < layers; l++) {
                    Series[] s = perLayer[l];
                    ls.add(new LayerStats(v(s, LayerMetric.GRAD_NORM_W, r), v(s, LayerMetric.GRAD_NORM_B, r),
                            v(s, LayerMetric.SIGNAL_NORM, r), v(s, LayerMetric.UPDATE_RATIO, r),
                            v(s, LayerMetric.WEIGHT_NORM, r), v(s, LayerMetric.ACT_MEAN, r),
                            v(s, LayerMetric.ACT_STD, r), v(s, LayerMetric.SATURATION, r),
                            v(s, LayerMetric.DEAD_FRACTION, r), s[LayerMetric.NON_FINITE.ordinal()].max(r) > 0));
                }
                writer.onStep(new StepStats(steps[0].stepEnd(r), w(steps, StepMetric.LOSS, r),
                        w(steps, StepMetric.VAL_LOSS, r), w(steps, StepMetric.VAL_ACCURACY, r),
                        w(steps, StepMetric.LEARNING_RATE, r), w(steps, StepMetric.GRAD_NORM_GLOBAL, r),
                        w(steps, StepMetric.GRAD_NORM_GLOBAL_CLIPPED, r), steps[StepMetric.CLIPPED.ordinal()].max(r) > 0,
                        steps[StepMetric.NON_FINITE.ordinal()].max(r) > 0, ls, List.of()));
            }
        }
        return List.of(dir.resolve("steps.csv"), dir.resolve("layers.csv"));
    }

    private static double v(Series[] s, LayerMetric m, int row) {
        return s[m.ordinal()].mean(row);
    }

    private static double w(Series[] s, StepMetric m, int row) {
        return s[m.ordinal()].mean(row);
    }
}
