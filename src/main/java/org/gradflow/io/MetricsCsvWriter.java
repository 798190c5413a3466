package org.gradflow.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepListener;
import org.gradflow.engine.StepStats;

/**
 * Streams a run's statistics to two CSV files as the steps arrive: {@code steps.csv}, one row per step
 * ({@code step,loss,val_loss,val_accuracy,learning_rate,grad_norm_global,grad_norm_global_clipped,clipped,non_finite}),
 * and {@code layers.csv}, one row per step and layer ({@code step,layer,grad_norm_w,...,non_finite}, layers numbered
 * from 1 at the input side). Numbers are written in Java's shortest round-trip form; undefined values as {@code NaN};
 * flags as 0 or 1. Not thread-safe: call from the training thread.
 */
public final class MetricsCsvWriter implements StepListener, Closeable {
    /** Columns of steps.csv after {@code step}, in order. */
    public static final List<StepMetric> STEP_COLUMNS = List.of(StepMetric.LOSS, StepMetric.VAL_LOSS,
            StepMetric.VAL_ACCURACY, StepMetric.LEARNING_RATE, StepMetric.GRAD_NORM_GLOBAL,
            StepMetric.GRAD_NORM_GLOBAL_CLIPPED, StepMetric.CLIPPED, StepMetric.NON_FINITE);
    /** Columns of layers.csv after {@code step,layer}, in order. */
    public static final List<LayerMetric> LAYER_COLUMNS = List.of(LayerMetric.GRAD_NORM_W, LayerMetric.GRAD_NORM_B,
            LayerMetric.SIGNAL_NORM, LayerMetric.UPDATE_RATIO, LayerMetric.WEIGHT_NORM, LayerMetric.ACT_MEAN,
            LayerMetric.ACT_STD, LayerMetric.SATURATION, LayerMetric.DEAD_FRACTION, LayerMetric.NON_FINITE);

    private final BufferedWriter steps;
    private final BufferedWriter layers;
    private final StringBuilder line = new StringBuilder(256);
    private IOException failure;

    /**
     * Creates (or replaces) {@code dir/steps.csv} and {@code dir/layers.csv} and writes their headers.
     *
     * @param dir an existing folder, not {@code null}
     */
    public MetricsCsvWriter(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        this.steps = Files.newBufferedWriter(dir.resolve("steps.csv"), StandardCharsets.UTF_8);
        BufferedWriter l;
        try {
            l = Files.newBufferedWriter(dir.resolve("layers.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            steps.close();
            throw e;
        }
        this.layers = l;
        steps.write(header("step", STEP_COLUMNS.stream().map(StepMetric::csvName).toList()));
        layers.write(header("step,layer", LAYER_COLUMNS.stream().map(LayerMetric::csvName).toList()));
    }

    private static String header(String first, List<String> names) {
        return first + "," + String.join(",", names) + "\n";
    }

    /** Writes the step's rows; the first write error is kept and thrown by {@link #close()}. */
    @Override
    public void onStep(StepStats stats) {
        if (failure != null) {
            return;
        }
        try {
            line.setLength(0);
            line.append(stats.step());
            for (StepMetric m : STEP_COLUMNS) {
                appendNumber(m.of(stats));
            }
            steps.append(line).append('\n');
            List<LayerStats> ls = stats.layers();
            for (int i = 0; i < ls.size(); i++) {
                line.setLength(0);
                line.append(stats.step()).append(',').append(i + 1);
                for (LayerMetric m : LAYER_COLUMNS) {
                    appendNumber(m.of(ls.get(i)));
                }
                layers.append(line).append('\n');
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void appendNumber(double v) {
        line.append(',');
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            line.append((long) v);
        } else {
            line.append(v);
        }
    }

    /** Flushes and closes both files. @throws IOException the first error met while writing or closing */
    @Override
    public void close() throws IOException {
        IOException error = failure;
        for (BufferedWriter w : new BufferedWriter[] {steps, layers}) {
            try {
                w.close();
            } catch (IOException e) {
                if (error == null) {
                    error = e;
                } else {
                    error.addSuppressed(e);
                }
            }
        }
        if (error != null) {
            throw error;
        }
    }
}
