package org.gradflow.ui.recovery;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.gradflow.ui.files.Dialogs;
import org.gradflow.ui.files.FileActions;

/**
 * Crash recovery at start-up: when a session that is gone left a recovery file, asks whether to restore it (Restore
 * opens it as a document with unsaved changes, its charts shown and its training ready to continue; Discard deletes
 * it), then starts the {@link Autosave}. JavaFX thread only; never during an animation or layout pass (the question
 * waits for an answer).
 */
public final class Recovery {
    /** The answers to the restore question (LATER: the dialog was closed; the file stays for the next start). */
    public enum Choice { RESTORE, DISCARD, LATER }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final RecoveryStore store;
    private final FileActions files;
    private final Autosave autosave;
    private final Dialogs dialogs;
    private Function<RecoveryStore.Crashed, Choice> question;

    /**
     * @param store the recovery files, not {@code null}
     * @param files opens the recovery file, not {@code null}
     * @param autosave started once the question is answered, not {@code null}
     * @param dialogs shows problems, not {@code null}
     * @param owner the main window (may supply {@code null}), not {@code null}
     */
    public Recovery(RecoveryStore store, FileActions files, Autosave autosave, Dialogs dialogs,
                    Supplier<Window> owner) {
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(owner, "owner");
        this.question = crashed -> ask(owner.get(), crashed);
    }

    /**
     * Offers to restore the newest recovery file of a session that is gone, then starts autosaving.
     *
     * @return completes on the JavaFX thread with whether a file was restored
     */
    public CompletableFuture<Boolean> offer() {
        Optional<RecoveryStore.Crashed> found;
        try {
            found = store.newestCrashed();
        } catch (IOException | RuntimeException e) {
            dialogs.error("Cannot look for autosaved work", "The recovery folder could not be read: " + e);
            autosave.start();
            return CompletableFuture.completedFuture(false);
        }
        if (found.isEmpty()) {
            autosave.start();
            return CompletableFuture.completedFuture(false);
        }
        RecoveryStore.Crashed crashed = found.get();
        Choice choice = question.apply(crashed);
        if (choice != Choice.RESTORE) {
            if (choice == Choice.DISCARD) {
                discard(crashed);
            }
            autosave.start();
            return CompletableFuture.completedFuture(false);
        }
        return files.restore(crashed.file(), crashed.original()).thenApply(restored -> {
            if (restored) {
                discard(crashed); // the work is this session's document now: its own autosave keeps it
                autosave.changed();
            }
            autosave.start();
            return restored;
        });
    }

    /** @param replacement answers the restore question instead of a dialog (tests), not {@code null} */
    public void setQuestion(Function<RecoveryStore.Crashed, Choice> replacement) {
        this.question = Objects.requireNonNull(replacement, "replacement");
    }

    private void discard(RecoveryStore.Crashed crashed) {
        try {
            store.discard(crashed);
        } catch (IOException e) {
            dialogs.error("Cannot delete the autosaved work", crashed.file() + " could not be deleted: " + e);
        }
    }

    private static Choice ask(Window owner, RecoveryStore.Crashed crashed) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.initOwner(owner);
        alert.setTitle("GradFlow: restore unsaved work");
        alert.setHeaderText("GradFlow did not close properly last time.");
        alert.setContentText("Work on " + crashed.documentName() + " was autosaved at "
                + TIME.format(crashed.savedAt()) + ".\nRestore it (with its recorded run), or discard it?");
        alert.getDialogPane().setId("restoreDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isEmpty() ? Choice.LATER : answer.get() == restore ? Choice.RESTORE : Choice.DISCARD;
    }
}
