package org.gradflow.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.io.ExperimentFile;
import org.gradflow.ui.train.Problems;
import org.gradflow.ui.train.RunInfo;
import org.gradflow.ui.train.RunListener;

/**
 * Autosaves the experiment with its recorded run to this session's recovery file every so often, but only while the
 * document has unsaved changes and only when something changed since the last autosave. The content is taken as Save
 * takes it (between two steps on the engine thread); it is written on the {@value #THREAD} thread, atomically. When
 * the document has no unsaved changes left (saved, or a new one) the recovery file is removed. JavaFX thread only.
 */
public final class Autosave implements RunListener {
    /** Name of the writing thread. */
    public static final String THREAD = "gradflow-autosave";

    private final RecoveryStore store;
    private final Supplier<CompletableFuture<ExperimentFile>> snapshot;
    private final ObservableBooleanValue dirty;
    private final Supplier<Path> original;
    private final Consumer<String> problems;
    private final Timeline timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD);
        t.setDaemon(true);
        return t;
    });
    private long changes;
    private long saved = -1;
    private boolean written;
    private boolean busy;
    private boolean stopped;
    private int writes;
    private boolean failing;

    /**
     * @param store where to write, not {@code null}
     * @param interval time between two autosaves, positive
     * @param snapshot takes the content to save (completes with {@code null} when there is nothing valid), not
     *        {@code null}
     * @param dirty whether the document has unsaved changes, not {@code null}
     * @param original the document's file ({@code null} when untitled), not {@code null}
     * @param problems shows why an autosave failed (the first of a row of failures), not {@code null}
     */
    public Autosave(RecoveryStore store, Duration interval, Supplier<CompletableFuture<ExperimentFile>> snapshot,
                    ObservableBooleanValue dirty, Supplier<Path> original, Consumer<String> problems) {
        this.store = Objects.requireNonNull(store, "store");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.dirty = Objects.requireNonNull(dirty, "dirty");
        this.original = Objects.requireNonNull(original, "original");
        this.problems = Objects.requireNonNull(problems, "problems");
        if (!(interval.toMillis() > 0)) {
            throw new IllegalArgumentException("the autosave interval must be positive, got " + interval);
        }
        timer = new Timeline(new KeyFrame(interval, e -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        dirty.addListener((o, a, b) -> changed());
    }

    /** Counts {@code value}'s changes as changes of the document (for example the edited experiment). */
    public void watch(ObservableValue<?> value) {
        value.addListener((o, a, b) -> changed());
    }

    /** Starts autosaving every interval. */
    public void start() {
        timer.play();
    }

    /** Marks the document changed since the last autosave. */
    public void changed() {
        changes++;
    }

    /**
     * Autosaves now if it is due: writes when the document has unsaved changes that changed since the last
     * autosave, removes the recovery file when it has none.
     *
     * @return completes (on the JavaFX thread) with whether a recovery file was written
     */
    public CompletableFuture<Boolean> saveNow() {
        if (stopped || busy) {
            return CompletableFuture.completedFuture(false);
        }
        if (!dirty.get()) {
            if (written) {
                busy = true;
                written = false;
                return onWriter(() -> {
                    store.remove();
                    return false;
                });
            }
            return CompletableFuture.completedFuture(false);
        }
        if (saved == changes) {
            return CompletableFuture.completedFuture(false);
        }
        busy = true;
        long at = changes;
        Path doc = original.get();
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        snapshot.get().whenComplete((content, error) -> {
            if (error != null) {
                Platform.runLater(() -> {
                    busy = false;
                    failed(error);
                    result.complete(false);
                });
                return;
            }
            onWriter(() -> {
                if (content == null) {
                    return false;
                }
                store.write(content, doc);
                return true;
            }).thenAccept(ok -> {
                if (ok) {
                    saved = at;
                    written = true;
                    writes++;
                }
                result.complete(ok);
            });
        });
        return result;
    }

    /** Runs {@code write} on the writer thread; completes on the JavaFX thread, a failure shown to the user. */
    private CompletableFuture<Boolean> onWriter(IoJob write) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture<Boolean> job;
        try {
            job = CompletableFuture.supplyAsync(() -> {
                try {
                    return write.run();
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            }, writer);
        } catch (RejectedExecutionException e) {
            job = CompletableFuture.completedFuture(false); // stopped meanwhile: a clean exit removes the file
        }
        job.whenComplete((ok, error) -> Platform.runLater(() -> {
            busy = false;
            if (error != null) {
                failed(error);
                done.complete(false);
            } else {
                failing = false;
                done.complete(ok);
            }
        }));
        return done;
    }

    /** Reports the first of a row of failures (a full disk would otherwise ask every interval). */
    private void failed(Throwable error) {
        if (!failing) {
            failing = true;
            problems.accept(Problems.describe(error));
        }
    }

    @FunctionalInterface
    private interface IoJob {
        boolean run() throws IOException;
    }

    /** @return how many recovery files were written */
    public int writes() {
        return writes;
    }

    /**
     * A clean exit: stops autosaving, lets a write in progress finish, removes the recovery file and ends the writer
     * thread. Waits at most {@code millis} for the writer.
     *
     * @return whether the writer thread ended in time
     */
    public boolean stop(long millis) throws InterruptedException, IOException {
        stopped = true;
        timer.stop();
        writer.shutdown();
        boolean ended = writer.awaitTermination(millis, TimeUnit.MILLISECONDS);
        store.remove();
        return ended;
    }

    /**
     * {@link #stop(long)} for a closing window: waits up to two seconds; a problem is printed on the console (there is
     * no window left to show it in).
     */
    public void close() {
        try {
            if (!stop(2000)) {
                System.err.println("GradFlow: the autosave still wrote after 2 s; the recovery file was removed");
            }
        } catch (IOException e) {
            System.err.println("GradFlow: the recovery file could not be removed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the recorded run changes the document -----------------------------------------------------------------

    @Override
    public void runStarted(RunInfo info) {
        changed();
    }

    @Override
    public void stepsArrived(List<StepStats> steps) {
        changed();
    }

    @Override
    public void settingsApplied(long step, TrainingSettings before, TrainingSettings after) {
        changed();
    }

    @Override
    public void runCleared() {
        changed();
    }
}
