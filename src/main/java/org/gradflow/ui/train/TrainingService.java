package org.gradflow.ui.train;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.gradflow.run.ExperimentRun;

/**
 * The JavaFX {@link Service} around the training loop: each (re)start creates a {@link TrainingTask} for the loop
 * source set by {@link #prepare}, and runs it on the engine thread. Its state changes arrive on the JavaFX thread.
 */
final class TrainingService extends Service<RunEnd> {
    /** Creates the task of the next start. */
    interface TaskFactory {
        TrainingTask create(Callable<ExperimentRun> source, boolean startPaused);
    }

    private final TaskFactory factory;
    private Callable<ExperimentRun> source;
    private boolean startPaused;

    /**
     * @param engine the thread the loop runs on, not {@code null}
     * @param factory builds each loop's task, not {@code null}
     */
    TrainingService(EngineThread engine, TaskFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
        setExecutor(engine.executor());
    }

    /**
     * Sets what the next start trains.
     *
     * @param runSource prepares or returns the run on the engine thread, not {@code null}
     * @param paused whether the loop waits for Resume or Step before its first step
     */
    void prepare(Callable<ExperimentRun> runSource, boolean paused) {
        this.source = Objects.requireNonNull(runSource, "runSource");
        this.startPaused = paused;
    }

    @Override
    protected Task<RunEnd> createTask() {
        if (source == null) {
            throw new IllegalStateException("prepare() was not called");
        }
        return factory.create(source, startPaused);
    }
}
