package org.gradflow.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.gradflow.data.DataException;
import org.gradflow.data.Dataset;
import org.gradflow.data.Datasets;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.engine.StepListener;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ExperimentSpec;

/**
 * One training run of an experiment, as the app and the headless command both use it: the dataset, the
 * {@link Trainer}, and the {@link History} that records every step. Steps run on the caller's thread (the training
 * thread); listeners are told of each step on that thread, after the History has it.
 */
public final class ExperimentRun {
    private final ExperimentSpec spec;
    private final Dataset dataset;
    private final Trainer trainer;
    private final History history;
    private final List<StepListener> listeners = new CopyOnWriteArrayList<>();

    private ExperimentRun(ExperimentSpec spec, Dataset dataset, Trainer trainer, History history) {
        this.spec = spec;
        this.dataset = dataset;
        this.trainer = trainer;
        this.history = history;
    }

    /**
     * Loads the dataset and builds the trainer.
     *
     * @param spec not {@code null}
     * @param baseDir folder that a CSV dataset's path is relative to (the experiment file's folder); may be
     *        {@code null} for generated datasets
     * @param limits the History's memory bounds, not {@code null}
     * @throws DataException when the dataset cannot be loaded
     * @throws org.gradflow.model.InvalidSpecException when the data does not fit the network
     */
    public static ExperimentRun start(ExperimentSpec spec, Path baseDir, HistoryLimits limits) throws DataException {
        return start(spec, baseDir, limits, null, DataLoad.plain(false));
    }

    /**
     * As {@link #start(ExperimentSpec, Path, HistoryLimits)}; {@code allowExternalData} lets a CSV path leave the
     * experiment's folder (refused otherwise).
     */
    public static ExperimentRun start(ExperimentSpec spec, Path baseDir, HistoryLimits limits, boolean allowExternalData)
            throws DataException {
        return start(spec, baseDir, limits, null, DataLoad.plain(allowExternalData));
    }

    /**
     * As {@link #start(ExperimentSpec, Path, HistoryLimits)}, reading the dataset as {@code load} says (permission for
     * an external CSV file, progress, cancellation).
     *
     * @throws org.gradflow.data.LoadCancelledException when {@code load} cancelled reading
     */
    public static ExperimentRun start(ExperimentSpec spec, Path baseDir, HistoryLimits limits, DataLoad load)
            throws DataException {
        return start(spec, baseDir, limits, null, load);
    }

    /**
     * As {@link #start(ExperimentSpec, Path, HistoryLimits)}, recording into an existing History (a reopened run's)
     * when {@code history} is not {@code null}.
     */
    static ExperimentRun start(ExperimentSpec spec, Path baseDir, HistoryLimits limits, History history,
                               DataLoad load) throws DataException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(load, "load");
        Dataset dataset = Datasets.load(spec.dataset(), baseDir, load.progress(), load.cancelled(),
                load.allowExternal());
        Trainer trainer;
        try {
            trainer = new Trainer(spec, toTrainingData(dataset), Precision.FLOAT32);
        } catch (RuntimeException | Error e) {
            dataset.close();
            throw e;
        }
        return new ExperimentRun(spec, dataset, trainer, history != null ? history : new History(limits));
    }

    /** @return the dataset's arrays as the trainer takes them */
    public static TrainingData toTrainingData(Dataset dataset) {
        return new TrainingData(dataset.trainInputs(), dataset.trainTargets(), dataset.validationInputs(),
                dataset.validationTargets(), dataset.classification());
    }

    public ExperimentSpec spec() { return spec; }
    public Dataset dataset() { return dataset; }
    /** @return the trainer; only its {@code changeSettings} may be called off the training thread */
    public Trainer trainer() { return trainer; }
    /** @return the run's History; safe to read from any thread */
    public History history() { return history; }

    /** @param listener told of every later step, on the training thread; not {@code null} */
    public void addListener(StepListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Takes one step, records it and tells the listeners. */
    public StepStats step() {
        StepStats stats = trainer.step();
        history.record(stats);
        for (StepListener l : listeners) {
            l.onStep(stats);
        }
        return stats;
    }

    /**
     * The network's current predictions on a grid over its first two inputs (training thread only, between steps).
     *
     * @param nx cells across, at least 1
     * @param ny cells down, at least 1
     */
    public BoundaryGrid boundary(int nx, int ny, double xMin, double xMax, double yMin, double yMax) {
        return DecisionBoundary.compute(trainer.network(), dataset.classification(), nx, ny, xMin, xMax, yMin, yMax);
    }

    /** @return up to {@code maxPoints} training examples as plain numbers for a scatter plot */
    public DataPreview preview(int maxPoints) {
        return DataPreview.of(dataset, maxPoints);
    }

    /**
     * Frees the network's and the dataset's off-heap memory now (training thread, once the run is no longer used:
     * stepping, saving or previewing it afterwards throws). The History stays readable. Idempotent.
     */
    public void close() {
        trainer.close();
        dataset.close();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return trainer.isClosed();
    }

    /** Steps until the trainer is finished or {@code stopRequested} says stop (checked between steps). */
    public void runToEnd(BooleanSupplier stopRequested) {
        Objects.requireNonNull(stopRequested, "stopRequested");
        while (!trainer.finished() && !stopRequested.getAsBoolean()) {
            step();
        }
    }
}
