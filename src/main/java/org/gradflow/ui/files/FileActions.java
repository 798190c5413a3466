package org.gradflow.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.run.RunFiles;
import org.gradflow.ui.train.OpenTrace;
import org.gradflow.ui.train.Problems;
import org.gradflow.ui.train.RunInfo;
import org.gradflow.ui.train.RunListener;
import org.gradflow.ui.train.TrainingSession;
import org.gradflow.ui.train.TrainingViewModel;

/**
 * The File menu's commands: New, Open (files, recent files, presets), Save, Save As with the recorded run, CSV and
 * chart exports, and the unsaved-changes question before anything would drop changes. Reading and writing happen on a
 * background thread; problems are shown as dialogs that name them. JavaFX thread only.
 */
public final class FileActions implements RunListener {
    private final TrainingSession session;
    private final TrainingViewModel training;
    private final ExperimentEditor editor;
    private final Dialogs dialogs;
    private final RecentFiles recent;
    private final Function<Path, CompletableFuture<List<Path>>> chartExport;
    private final Supplier<History> history;
    private final Consumer<String> notices;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gradflow-files");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper runDirty = new ReadOnlyBooleanWrapper();
    private final BooleanBinding dirty;
    private Consumer<ExperimentSpec> documentHook = spec -> { };

    /**
     * @param session the training session (for the run to save and to show reopened runs), not {@code null}
     * @param training the training controls (for the loop state and recovered events), not {@code null}
     * @param editor the experiment editor, not {@code null}
     * @param dialogs choosers and messages, not {@code null}
     * @param recent the recent files, not {@code null}
     * @param chartExport writes every chart into a folder, not {@code null}
     * @param history the History shown (or {@code null}), for CSV export; not {@code null}
     * @param notices shows short confirmations ("Saved …"), not {@code null}
     */
    public FileActions(TrainingSession session, TrainingViewModel training, ExperimentEditor editor, Dialogs dialogs,
                       RecentFiles recent, Function<Path, CompletableFuture<List<Path>>> chartExport,
                       Supplier<History> history, Consumer<String> notices) {
        this.session = Objects.requireNonNull(session, "session");
        this.training = Objects.requireNonNull(training, "training");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.chartExport = Objects.requireNonNull(chartExport, "chartExport");
        this.history = Objects.requireNonNull(history, "history");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.dirty = Bindings.createBooleanBinding(() -> editor.dirtyProperty().get() || runDirty.get(),
                editor.dirtyProperty(), runDirty);
    }

    /** @param hook told of each document opened, restored or started (a new one: {@code null}); not {@code null} */
    public void setOnDocument(Consumer<ExperimentSpec> hook) {
        this.documentHook = Objects.requireNonNull(hook, "hook");
    }

    // ---- run changes make the document dirty ------------------------------------------------------------------

    @Override
    public void runStarted(RunInfo info) {
        if (info.live()) {
            runDirty.set(true);
        }
    }

    @Override
    public void stepsArrived(List<StepStats> steps) {
        runDirty.set(true);
    }

    @Override
    public void settingsApplied(long step, TrainingSettings before, TrainingSettings after) {
        runDirty.set(true);
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** New: after the unsaved-changes question, a fresh copy of {@code spec} without a file or run. */
    public void newExperiment(ExperimentSpec spec) {
        if (busy()) {
            return;
        }
        whenChangesSettled(() -> {
            session.discard();
            editor.load(spec);
            documentHook.accept(null);
            currentFile.set(null);
            runDirty.set(false);
        });
    }

    /** Open…: asks for a file, then opens it. */
    public void open() {
        if (busy()) {
            return;
        }
        whenChangesSettled(() -> dialogs.chooseOpen().ifPresent(this::openNow));
    }

    /** Opens {@code file} after the unsaved-changes question (Open Recent, command line). */
    public void open(Path file) {
        if (busy()) {
            return;
        }
        whenChangesSettled(() -> openNow(file));
    }

    /** Opens a preset as a new, untitled experiment (saving asks where, so the preset stays as it is). */
    public void openPreset(Preset preset) {
        if (busy()) {
            return;
        }
        whenChangesSettled(() -> load(preset.path(), false));
    }

    /**
     * Loads a file without asking anything first (used at start-up).
     *
     * @return completes with whether it was opened
     */
    public CompletableFuture<Boolean> openNow(Path file) {
        return load(file, true);
    }

    private CompletableFuture<Boolean> load(Path file, boolean remember) {
        String name = file.getFileName().toString();
        return read(file, file.toAbsolutePath().getParent(), () -> {
            runDirty.set(false);
            editor.markSaved();
            if (remember) {
                currentFile.set(file.toAbsolutePath());
                recent.add(file);
            } else {
                currentFile.set(null);
            }
            notices.accept("Opened " + name);
        }, () -> {
            if (remember && !Files.exists(file)) {
                recent.remove(file);
            }
        });
    }

    /**
     * Opens a recovery file (autosaved before a crash) as a document with unsaved changes: it belongs to
     * {@code original} (Save writes there; a CSV path is relative to its folder), or is untitled when that is
     * {@code null}. Its recorded run shows at once and training can continue.
     *
     * @return completes with whether it was opened (a dialog names the problem otherwise)
     */
    public CompletableFuture<Boolean> restore(Path recovery, Path original) {
        Path dir = original != null ? original.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
        return read(recovery, dir, () -> {
            currentFile.set(original == null ? null : original.toAbsolutePath());
            runDirty.set(true);
            notices.accept("Restored the experiment of the last session"
                    + (original == null ? "" : " (" + original.getFileName() + ")") + ": save it to keep it");
        }, () -> { });
    }

    /** Reads {@code file} on the file thread, then shows it: {@code opened} or {@code failed} finish the job. */
    private CompletableFuture<Boolean> read(Path file, Path dir, Runnable opened, Runnable failed) {
        String name = file.getFileName().toString();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        OpenTrace.begin(name);
        CompletableFuture.supplyAsync(() -> {
            try {
                ExperimentFile f = ExperimentFiles.load(file);
                OpenTrace.mark("file read and checked");
                History history = RunFiles.history(f, name);
                OpenTrace.mark("history decoded");
                return new Loaded(f, history);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                dialogs.error("Cannot open " + name, Problems.describe(error));
                failed.run();
                done.complete(false);
                return;
            }
            if (busy()) {
                done.complete(false);
                return;
            }
            session.discard();
            editor.load(loaded.file().spec());
            documentHook.accept(loaded.file().spec());
            if (loaded.history() != null && loaded.history().stepCount() > 0) {
                session.showRecorded(loaded.file(), loaded.history(), dir, name);
                training.addEvents(EventRecovery.learningRateChanges(loaded.history()));
            }
            opened.run();
            OpenTrace.mark("shown (charts building)");
            done.complete(true);
        }));
        return done;
    }

    private record Loaded(ExperimentFile file, History history) {
    }

    /** Save: to the current file, or asks where. @return completes with whether it was saved */
    public CompletableFuture<Boolean> save() {
        Path file = currentFile.get();
        return file == null ? saveAs() : saveTo(file);
    }

    /** Save As…: asks where. @return completes with whether it was saved */
    public CompletableFuture<Boolean> saveAs() {
        ExperimentSpec spec = editor.spec();
        String base = spec == null ? "experiment" : spec.name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return dialogs.chooseSave((base.isEmpty() ? "experiment" : base) + ".json").map(this::saveTo)
                .orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Saves the experiment with its recorded run (History and weights) to {@code file}, atomically.
     *
     * @return completes with whether it was saved (a dialog names the problem otherwise)
     */
    public CompletableFuture<Boolean> saveTo(Path file) {
        ExperimentSpec spec = editor.spec();
        if (spec == null) {
            dialogs.error("Cannot save", "The experiment has a problem: " + editor.problem());
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        snapshot().thenApplyAsync(f -> {
            try {
                ExperimentFiles.save(f, file);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
            return f;
        }, io).whenComplete((f, error) -> Platform.runLater(() -> {
            if (error != null) {
                dialogs.error("Cannot save " + file.getFileName(), Problems.describe(error));
                done.complete(false);
                return;
            }
            currentFile.set(file.toAbsolutePath());
            recent.add(file);
            editor.markSaved();
            runDirty.set(false);
            notices.accept("Saved " + file.getFileName() + (f.history() != null ? " with the recorded run" : ""));
            done.complete(true);
        }));
        return done;
    }

    /**
     * What Save writes now: the experiment with its recorded run (taken between two steps on the engine thread), or
     * the experiment alone without a run. Call on the JavaFX thread.
     *
     * @return completes with the content, or with {@code null} when the experiment is invalid and there is no run
     */
    public CompletableFuture<ExperimentFile> snapshot() {
        ExperimentSpec spec = editor.spec();
        return session.fileToSave().thenApply(content -> content != null ? content
                : spec == null ? null : ExperimentFile.of(spec));
    }

    /** Export CSV…: writes steps.csv and layers.csv of the run into a folder the user picks. */
    public void exportCsv() {
        History h = history.get();
        if (h == null || h.stepCount() == 0) {
            dialogs.error("Nothing to export", "Train or open a run first: no steps are recorded yet.");
            return;
        }
        dialogs.chooseFolder("Export steps.csv and layers.csv to").ifPresent(dir -> exportCsvTo(h, dir));
    }

    /** Writes the CSV files of {@code h} into {@code dir} on the file thread. */
    public CompletableFuture<List<Path>> exportCsvTo(History h, Path dir) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return CsvExport.write(h, dir);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenComplete((files, error) -> Platform.runLater(() -> {
            if (error != null) {
                dialogs.error("CSV export failed", Problems.describe(error));
            } else {
                notices.accept("Wrote steps.csv and layers.csv to " + dir);
            }
        }));
    }

    /** Export all charts…: writes every chart as PNG into a folder the user picks. */
    public void exportCharts() {
        dialogs.chooseFolder("Export all charts to").ifPresent(dir -> chartExport.apply(dir)
                .whenComplete((files, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        dialogs.error("Chart export failed", Problems.describe(error));
                    } else {
                        notices.accept("Wrote " + files.size() + " charts to " + dir);
                    }
                })));
    }

    /**
     * Runs {@code next} once unsaved changes are dealt with: at once when there are none, after saving, or after
     * the user chose not to save; never when they cancel or the save fails.
     */
    public void whenChangesSettled(Runnable next) {
        if (!dirty.get()) {
            next.run();
            return;
        }
        ExperimentSpec spec = editor.spec();
        switch (dialogs.askUnsaved(spec == null ? "the experiment" : spec.name())) {
            case SAVE -> save().thenAccept(saved -> {
                if (saved) {
                    Platform.runLater(next);
                }
            });
            case DISCARD -> next.run();
            case CANCEL -> {
                // Keep everything as it is.
            }
        }
    }

    private boolean busy() {
        if (session.loopActive()) {
            dialogs.error("Training is running", "Stop the training first (or let it finish): the recorded run "
                    + "would be lost otherwise.");
            return true;
        }
        return false;
    }

    /** @return the file the experiment was opened from or saved to, {@code null} for an untitled one */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** @return whether the recorded run changed since it was opened or saved */
    public ReadOnlyBooleanProperty runDirtyProperty() {
        return runDirty.getReadOnlyProperty();
    }

    /** @return whether the experiment or its run has unsaved changes */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    /** Stops the file thread (pending writes finish first). */
    public void shutdown() {
        io.shutdown();
    }
}
