package org.gradflow.ui.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.io.ExperimentFile;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.data.LoadCancelledException;
import org.gradflow.run.DataLoad;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.ExperimentRun;
import org.gradflow.run.RunFiles;

/**
 * The real {@link TrainingEngine}: owns the run (on the engine thread), the {@link TrainingService} that trains it,
 * and the two queues between the threads. Commands go into the inbox, applied between steps; step statistics come
 * back through the outbox, drained once per frame by an {@link AnimationTimer} that hands each frame's steps to the
 * {@link RunListener}s as one batch and then calls the frame hooks (the dashboard's redraw). All public methods are
 * for the JavaFX thread.
 */
public final class TrainingSession implements TrainingEngine {
    private final EngineThread engine;
    private final Supplier<ExperimentSpec> specSource;
    private final Supplier<Path> baseDirSource;
    private final RunListeners listeners = new RunListeners();
    private final UiPacer pacer = new UiPacer();
    private final List<LongConsumer> frameHooks = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Command> inbox = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<EngineMessage> outbox = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private final TrainingService service;
    private final AnimationTimer drain;
    private boolean loopActive; // guarded by lock
    private volatile ExperimentRun run; // written and used on the engine thread only
    private boolean hasLiveRun;
    private boolean discarding;
    private PendingFile pending;
    private final DataPreviews previews;
    private volatile boolean closing;
    private DataAccess dataAccess = DataAccess.REFUSE_EXTERNAL;

    /** A run shown from a file, resumed on the engine thread when training continues. */
    private record PendingFile(ExperimentFile file, Path baseDir, String source) {
    }

    /**
     * @param engine the engine thread, not {@code null}
     * @param specSource the experiment a fresh run trains (asked on the JavaFX thread), not {@code null}
     * @param baseDirSource the folder a CSV dataset's path is relative to, may supply {@code null}; not {@code null}
     */
    public TrainingSession(EngineThread engine, Supplier<ExperimentSpec> specSource, Supplier<Path> baseDirSource) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.specSource = Objects.requireNonNull(specSource, "specSource");
        this.baseDirSource = Objects.requireNonNull(baseDirSource, "baseDirSource");
        this.previews = new DataPreviews(engine);
        this.service = new TrainingService(engine, (source, paused) -> new TrainingTask(source, r -> run = r, inbox,
                outbox, paused, this::loopExited, pacer));
        service.setOnSucceeded(e -> loopEnded(service.getValue(), null));
        service.setOnFailed(e -> loopEnded(null, service.getException()));
        this.drain = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t0 = System.nanoTime();
                pacer.frame();
                drainOutbox();
                for (LongConsumer hook : frameHooks) {
                    hook.accept(now);
                }
                SlowLog.report("frame (drain + redraws)", t0);
            }
        };
    }

    /** @param listener told of everything that happens to runs, on the JavaFX thread; not {@code null} */
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /** @param hook called once per frame while a loop runs, after the frame's steps were handed out */
    public void addFrameHook(LongConsumer hook) {
        frameHooks.add(Objects.requireNonNull(hook, "hook"));
    }

    /** @param access decides whether and how runs read their data; not {@code null} */
    public void setDataAccess(DataAccess access) {
        this.dataAccess = Objects.requireNonNull(access, "access");
    }

    /**
     * @return the steps the engine has completed in the current live run (read on any thread, without waiting for
     *         the engine), or -1 without a live run
     */
    public long engineSteps() {
        ExperimentRun r = run;
        return r == null ? -1 : r.history().lastStep();
    }

    /** @return whether a training loop is active (running or paused) */
    public boolean loopActive() {
        synchronized (lock) {
            return loopActive;
        }
    }

    // ---- TrainingEngine -----------------------------------------------------------------------------------------

    @Override
    public boolean confirmStart(boolean resume) {
        if (loopActive() || resume && hasLiveRun) {
            return true;
        }
        if (resume && pending != null) {
            return dataAccess.confirm(pending.file().spec().dataset(), pending.baseDir());
        }
        return dataAccess.confirm(specSource.get().dataset(), baseDirSource.get());
    }

    @Override
    public void startNew() {
        if (loopActive()) {
            return;
        }
        ExperimentSpec spec = specSource.get();
        Path baseDir = baseDirSource.get();
        DataLoad load = dataAccess.loading(spec.dataset(), baseDir).alsoCancelledBy(() -> closing);
        pending = null;
        hasLiveRun = false;
        startLoop(() -> {
            dropRun();
            return ExperimentRun.start(spec, baseDir, HistoryLimits.DEFAULT, load);
        });
    }

    @Override
    public void continueTraining() {
        if (loopActive()) {
            return;
        }
        if (hasLiveRun) {
            startLoop(() -> run);
        } else if (pending != null) {
            PendingFile p = pending;
            DataLoad load = dataAccess.loading(p.file().spec().dataset(), p.baseDir()).alsoCancelledBy(() -> closing);
            startLoop(() -> RunFiles.resume(p.file(), p.baseDir(), p.source(), load));
        } else {
            startNew();
        }
    }

    @Override
    public void pause() {
        send(new Command.Pause());
    }

    @Override
    public void resume() {
        send(new Command.Resume());
    }

    @Override
    public void step() {
        send(new Command.Step());
    }

    @Override
    public void stop() {
        send(new Command.Stop());
    }

    @Override
    public void changeSettings(TrainingSettings settings) {
        send(new Command.Settings(Objects.requireNonNull(settings, "settings")));
    }

    @Override
    public void discard() {
        pending = null;
        hasLiveRun = false;
        if (loopActive()) {
            discarding = true;
            send(new Command.Stop());
        } else {
            engine.submit(this::dropRun);
            listeners.fire(RunListener::runCleared);
        }
    }

    // ---- files --------------------------------------------------------------------------------------------------

    /**
     * Shows a recorded run from a file (its History) without preparing a trainer; Train resumes it. Call only while
     * no loop is active.
     *
     * @param file the loaded file, not {@code null}
     * @param history its History, not {@code null}
     * @param baseDir the file's folder, may be {@code null}
     * @param source the file's name, for messages; not {@code null}
     */
    public void showRecorded(ExperimentFile file, History history, Path baseDir, String source) {
        if (loopActive()) {
            throw new IllegalStateException("a training loop is active");
        }
        pending = new PendingFile(file, baseDir, source);
        hasLiveRun = false;
        engine.submit(this::dropRun);
        RunInfo info = new RunInfo(file.spec(), history, TrainingSettings.of(file.spec().training()), false);
        listeners.fire(l -> l.runStarted(info));
    }

    /**
     * Runs {@code action} with the run on the engine thread: between two steps when a loop is active, else as soon as
     * the engine thread is free. The action gets {@code null} when there is no live run.
     *
     * @return the action's result
     */
    public <T> CompletableFuture<T> withRun(Function<ExperimentRun, T> action) {
        Objects.requireNonNull(action, "action");
        synchronized (lock) {
            if (loopActive) {
                CompletableFuture<T> result = new CompletableFuture<>();
                inbox.add(new Command.Job(r -> {
                    try {
                        result.complete(action.apply(r));
                    } catch (Throwable e) {
                        result.completeExceptionally(e);
                    }
                }));
                return result;
            }
        }
        return engine.submit(() -> action.apply(run));
    }

    /**
     * The file content to save: the live run with its History and weights (its spec carrying the settings in use
     * now), else the recorded file shown, else {@code null} (the caller saves the spec alone).
     */
    public CompletableFuture<ExperimentFile> fileToSave() {
        PendingFile p = pending;
        return withRun(r -> {
            if (r != null) {
                TrainingSettings s = r.trainer().settings();
                ExperimentSpec spec = r.spec().withTraining(r.spec().training().withOptimizer(s.optimizer())
                        .withClip(s.clip()).withPenalties(s.l1(), s.l2()));
                return RunFiles.toFile(r).withSpec(spec);
            }
            return p == null ? null : p.file();
        });
    }

    /**
     * Loads the experiment's dataset on the engine thread and shows its points ({@link RunListener#previewReady}),
     * for the scatter plot before training. Does nothing while a run is shown (its own preview is); of several
     * requests only the latest is shown (see {@link DataPreviews}).
     */
    public void previewData(ExperimentSpec spec, Path baseDir) {
        if (hasLiveRun || pending != null || loopActive()) {
            return;
        }
        previews.request(spec, baseDir, dataAccess.allowed(spec.dataset(), baseDir),
                () -> !hasLiveRun && pending == null && !loopActive(), preview -> listeners.fire(l -> l.previewReady(preview)));
    }

    /** Initialises ND4J on the engine thread (call once the window is shown) and reports the backend. */
    public void warmUp() {
        engine.submit(WarmUp::run).whenComplete((description, error) -> Platform.runLater(() -> {
            String text = error == null ? description : "ND4J could not start: " + Problems.describe(error);
            listeners.fire(l -> l.engineReady(text));
        }));
    }

    /**
     * Call when the window closes: stops any loop after its current step (or cancels loading its data), frees the
     * run's network and data, and ends the engine thread once that is done. Returns at once.
     */
    public void shutdown() {
        closing = true;
        listeners.close();
        drain.stop();
        previews.close();
        if (loopActive()) {
            send(new Command.Stop());
        }
        engine.submit(this::dropRun);
        engine.close();
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    /** Engine thread: frees the current run's native memory and forgets it. */
    private Void dropRun() {
        ExperimentRun r = run;
        run = null;
        if (r != null) {
            r.close();
        }
        return null;
    }

    private void startLoop(java.util.concurrent.Callable<ExperimentRun> source) {
        synchronized (lock) {
            loopActive = true;
        }
        inbox.clear();
        discarding = false;
        previews.cancel();
        service.prepare(source, false);
        service.restart();
        drain.start();
    }

    private void send(Command c) {
        synchronized (lock) {
            if (loopActive) {
                inbox.add(c);
            }
        }
    }

    /** Engine thread, as the loop ends: later jobs go straight to the executor. */
    private void loopExited() {
        synchronized (lock) {
            loopActive = false;
        }
    }

    private void loopEnded(RunEnd end, Throwable error) {
        drainOutbox();
        drain.stop();
        pacer.reset();
        if (discarding) {
            discarding = false;
            outbox.clear();
            engine.submit(this::dropRun);
            listeners.fire(RunListener::runCleared);
        } else if (end != null) {
            listeners.fire(l -> l.runEnded(end));
        } else {
            String message = Problems.unwrap(error) instanceof LoadCancelledException c
                    ? "Not started: reading the data was cancelled (" + c.getMessage() + ")."
                    : "The run stopped: " + Problems.describe(error);
            listeners.fire(l -> l.runFailed(message));
        }
    }

    private void drainOutbox() {
        List<StepStats> steps = new ArrayList<>();
        BoundaryGrid boundary = null;
        for (EngineMessage m = outbox.poll(); m != null; m = outbox.poll()) {
            if (discarding) {
                continue;
            }
            if (m instanceof EngineMessage.Step s) {
                steps.add(s.stats());
            } else if (m instanceof EngineMessage.Boundary b) {
                boundary = b.grid();
            } else {
                flush(steps);
                if (m instanceof EngineMessage.Started s) {
                    hasLiveRun = true;
                    pending = null;
                    listeners.fire(l -> l.runStarted(s.info()));
                } else if (m instanceof EngineMessage.Applied a) {
                    listeners.fire(l -> l.settingsApplied(a.step(), a.before(), a.after()));
                } else if (m instanceof EngineMessage.Preview p) {
                    listeners.fire(l -> l.previewReady(p.preview()));
                }
            }
        }
        flush(steps);
        if (boundary != null) {
            BoundaryGrid g = boundary;
            listeners.fire(l -> l.boundaryReady(g));
        }
    }

    private void flush(List<StepStats> steps) {
        if (!steps.isEmpty()) {
            List<StepStats> batch = List.copyOf(steps);
            steps.clear();
            listeners.fire(l -> l.stepsArrived(batch));
        }
    }
}
