package org.gradflow.ui.train;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.run.DataPreview;
import org.gradflow.run.ExperimentRun;

/**
 * The training loop, run by {@link TrainingService} on the engine thread: prepares (or takes) the run, then steps
 * until the spec's step count, a NaN/Inf, or a Stop command, applying commands between steps. Each step's
 * {@link StepStats} goes into the outbox, which the JavaFX thread drains once per frame; every so often the decision
 * boundary is computed here too (it needs the network) and posted.
 */
final class TrainingTask extends Task<RunEnd> {
    /** Points of the scatter plot preview. */
    static final int PREVIEW_POINTS = 1500;
    /** Least time between two decision-boundary computations, in nanoseconds. */
    static final long BOUNDARY_EVERY_NANOS = 1_500_000_000L;

    private final Callable<ExperimentRun> source;
    private final Consumer<ExperimentRun> opened;
    private final BlockingQueue<Command> inbox;
    private final Queue<EngineMessage> outbox;
    private final boolean startPaused;
    private final Runnable onExit;
    private final UiPacer pacer;
    private BoundaryPlanner boundary;

    /**
     * @param source prepares or returns the run (called on the engine thread), not {@code null}
     * @param opened told of the run once prepared (engine thread), not {@code null}
     * @param inbox commands from the JavaFX thread, not {@code null}
     * @param outbox messages to the JavaFX thread, not {@code null}
     * @param startPaused whether to wait for Resume or Step before the first step
     * @param onExit run on the engine thread when the loop ends, before the task completes; not {@code null}
     * @param pacer asked between two steps whether to give way to the JavaFX thread; not {@code null}
     */
    TrainingTask(Callable<ExperimentRun> source, Consumer<ExperimentRun> opened, BlockingQueue<Command> inbox,
                 Queue<EngineMessage> outbox, boolean startPaused, Runnable onExit, UiPacer pacer) {
        this.source = Objects.requireNonNull(source, "source");
        this.opened = Objects.requireNonNull(opened, "opened");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.startPaused = startPaused;
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    @Override
    protected RunEnd call() throws Exception {
        ExperimentRun run = null;
        try {
            run = source.call();
            opened.accept(run);
            Trainer trainer = run.trainer();
            outbox.add(new EngineMessage.Started(new RunInfo(run.spec(), run.history(), trainer.settings(), true)));
            DataPreview preview = run.preview(PREVIEW_POINTS);
            outbox.add(new EngineMessage.Preview(preview));
            boundary = new BoundaryPlanner(preview);
            postBoundary(run);
            return loop(run, trainer);
        } finally {
            onExit.run();
            drainJobs(run);
        }
    }

    private RunEnd loop(ExperimentRun run, Trainer trainer) throws InterruptedException {
        boolean paused = startPaused;
        boolean stepOnce = false;
        TrainingSettings changedFrom = null;
        long lastBoundary = System.nanoTime();
        while (true) {
            Command c = paused && !stepOnce ? inbox.take() : inbox.poll();
            for (; c != null; c = inbox.poll()) {
                if (c instanceof Command.Pause) {
                    paused = true;
                } else if (c instanceof Command.Resume) {
                    paused = false;
                } else if (c instanceof Command.Step) {
                    stepOnce = true;
                } else if (c instanceof Command.Stop) {
                    postBoundary(run);
                    return new RunEnd(RunEnd.Kind.STOPPED, trainer.stepCount(), null);
                } else if (c instanceof Command.Settings s) {
                    if (changedFrom == null) {
                        changedFrom = trainer.settings();
                    }
                    trainer.changeSettings(s.settings());
                } else if (c instanceof Command.Job j) {
                    j.action().accept(run);
                }
            }
            if (paused && !stepOnce) {
                continue;
            }
            if (trainer.finished()) {
                postBoundary(run);
                return end(trainer, run);
            }
            pacer.giveWay();
            StepStats stats = run.step();
            stepOnce = false;
            if (changedFrom != null) {
                outbox.add(new EngineMessage.Applied(stats.step(), changedFrom, trainer.settings()));
                changedFrom = null;
            }
            outbox.add(new EngineMessage.Step(stats));
            long now = System.nanoTime();
            if (paused || now - lastBoundary >= BOUNDARY_EVERY_NANOS || trainer.finished()) {
                postBoundary(run);
                lastBoundary = System.nanoTime();
            }
            if (isCancelled()) {
                return new RunEnd(RunEnd.Kind.STOPPED, trainer.stepCount(), null);
            }
        }
    }

    private static RunEnd end(Trainer trainer, ExperimentRun run) {
        if (trainer.stoppedOnNonFinite()) {
            return new RunEnd(RunEnd.Kind.NON_FINITE, trainer.stepCount(), run.history().latest());
        }
        return new RunEnd(RunEnd.Kind.COMPLETED, trainer.stepCount(), null);
    }

    private void postBoundary(ExperimentRun run) {
        if (boundary != null && boundary.applicable()) {
            outbox.add(new EngineMessage.Boundary(boundary.compute(run)));
        }
    }

    /** Runs the jobs that arrived while the loop ended (with {@code null} when no run was prepared). */
    private void drainJobs(ExperimentRun run) {
        for (Command c = inbox.poll(); c != null; c = inbox.poll()) {
            if (c instanceof Command.Job j) {
                j.action().accept(run);
            }
        }
    }
}
