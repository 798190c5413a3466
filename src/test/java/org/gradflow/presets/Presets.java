package org.gradflow.presets;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gradflow.data.DataException;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.run.ExperimentRun;

/** Loading, shortening and running the preset experiments of {@code assets/experiments}, for the preset tests. */
final class Presets {
    /** The presets' folder, relative to the project folder (the tests' working directory). */
    static final Path DIR = Path.of("assets", "experiments");

    private Presets() {
    }

    /** @return the spec of the preset file {@code name} in {@link #DIR} */
    static ExperimentSpec load(String name) throws ExperimentFileException {
        return ExperimentFiles.load(DIR.resolve(name)).spec();
    }

    /** @return {@code spec} with its step count replaced by {@code steps} */
    static ExperimentSpec withSteps(ExperimentSpec spec, long steps) {
        return spec.withTraining(spec.training().withSteps(steps));
    }

    /** @return {@code spec} with every layer's weight initialiser replaced by {@code init} */
    static ExperimentSpec withInit(ExperimentSpec spec, InitSpec init) {
        return withLayers(spec, l -> l.withInit(init));
    }

    /** @return {@code spec} with every layer changed by {@code change}, residual blocks kept */
    static ExperimentSpec withLayers(ExperimentSpec spec, UnaryOperator<LayerSpec> change) {
        NetworkSpec n = spec.network();
        List<LayerSpec> layers = n.layers().stream().map(change).toList();
        return spec.withNetwork(new NetworkSpec(n.inputSize(), layers, n.residuals()));
    }

    /** Runs {@code spec} to its end (its step count, or the first non-finite step) as the app does. */
    static ExperimentRun run(ExperimentSpec spec) throws DataException {
        ExperimentRun run = ExperimentRun.start(spec, DIR, HistoryLimits.DEFAULT);
        run.runToEnd(() -> false);
        return run;
    }

    /**
     * @return the value of {@code metric} of {@code layer} at {@code step}, which must be kept at full resolution
     *         (the first 1,000 steps and the most recent ones are)
     */
    static double at(History h, int layer, LayerMetric metric, long step) {
        return at(h.layerSeries(layer, metric), step);
    }

    /** @return the value of {@code metric} at {@code step}, which must be kept at full resolution */
    static double at(History h, StepMetric metric, long step) {
        return at(h.stepSeries(metric), step);
    }

    private static double at(Series s, long step) {
        for (int i = 0; i < s.size(); i++) {
            if (s.stepStart(i) == step && s.stepEnd(i) == step) {
                return s.last(i);
            }
        }
        throw new AssertionError("step " + step + " is not kept at full resolution in " + s);
    }

    /** @return the largest value of {@code metric} of {@code layer} over steps {@code from..to} (bucket maxima) */
    static double maxOver(History h, int layer, LayerMetric metric, long from, long to) {
        Series s = h.layerSeries(layer, metric);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            if (s.stepEnd(i) >= from && s.stepStart(i) <= to) {
                max = Math.max(max, s.max(i));
            }
        }
        return max;
    }

    /** @return the validation loss of the last step that measured it */
    static double lastValLoss(History h) {
        return lastMeasured(h.stepSeries(StepMetric.VAL_LOSS));
    }

    /** @return the validation accuracy of the last step that measured it */
    static double lastValAccuracy(History h) {
        return lastMeasured(h.stepSeries(StepMetric.VAL_ACCURACY));
    }

    /** @return the highest validation accuracy of the run (NaN-free bucket maxima) */
    static double bestValAccuracy(History h) {
        Series s = h.stepSeries(StepMetric.VAL_ACCURACY);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.max(i))) {
                best = Math.max(best, s.max(i));
            }
        }
        if (best == Double.NEGATIVE_INFINITY) {
            throw new AssertionError("no measured value in " + s);
        }
        return best;
    }

    private static double lastMeasured(Series s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (!Double.isNaN(s.last(i))) {
                return s.last(i);
            }
        }
        throw new AssertionError("no measured value in " + s);
    }
}
