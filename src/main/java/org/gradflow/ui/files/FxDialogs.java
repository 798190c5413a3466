package org.gradflow.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The real dialogs: file and folder choosers, error messages (non-blocking alerts that name the problem) and the
 * unsaved-changes question. The choosers can be replaced (tests script them: native choosers cannot be driven
 * headless); the alerts are always real.
 */
public class FxDialogs implements Dialogs {
    /** What the choosers are asked for. */
    public enum Purpose { OPEN, SAVE, EXPORT, FOLDER }

    /** Picks a path; the default shows the platform's chooser. */
    @FunctionalInterface
    public interface Chooser {
        /**
         * @param purpose what the path is for
         * @param title dialog title
         * @param suggestedName a file name to offer (may be {@code null})
         * @return the path, empty when cancelled
         */
        Optional<Path> choose(Purpose purpose, String title, String suggestedName);
    }

    private final Supplier<Window> owner;
    private Chooser chooser;
    private File lastFolder;

    /** @param owner the window the dialogs belong to (may supply {@code null}), not {@code null} */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.chooser = this::platformChooser;
    }

    /** @param replacement picks paths instead of the platform's choosers, not {@code null} */
    public void setChooser(Chooser replacement) {
        this.chooser = Objects.requireNonNull(replacement, "replacement");
    }

    @Override
    public Optional<Path> chooseOpen() {
        return chooser.choose(Purpose.OPEN, "Open experiment", null);
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        return chooser.choose(Purpose.SAVE, "Save experiment and run", suggestedName);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return chooser.choose(Purpose.FOLDER, title, null);
    }

    @Override
    public Optional<Path> chooseFile(String title, String suggestedName, String extension) {
        return chooser.choose(Purpose.EXPORT, title, suggestedName);
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("GradFlow: " + title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("errorMessage");
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("GradFlow: unsaved changes");
        alert.setHeaderText("Save the changes to \"" + documentName + "\"?");
        alert.setContentText("The experiment or its recorded run changed since it was last saved.");
        alert.getDialogPane().setId("unsavedDialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirmExternalData(String experiment, Path file, Path folder) {
        ButtonType read = new ButtonType("Read it", ButtonBar.ButtonData.YES);
        ButtonType refuse = new ButtonType("Don't read", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", read, refuse);
        alert.initOwner(owner.get());
        alert.setTitle("GradFlow: data outside the experiment's folder");
        alert.setHeaderText("Read a data file outside the experiment's folder?");
        Label text = new Label("\"" + experiment + "\" reads its data from\n" + file + "\nwhich lies outside the "
                + "experiment's folder (" + folder + ").\nAllow it only for experiments you trust.");
        text.setWrapText(true);
        text.setId("externalDataMessage");
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("externalDataDialog");
        return alert.showAndWait().orElse(refuse) == read;
    }

    private Optional<Path> platformChooser(Purpose purpose, String title, String suggestedName) {
        File chosen;
        if (purpose == Purpose.FOLDER) {
            DirectoryChooser d = new DirectoryChooser();
            d.setTitle(title);
            if (lastFolder != null) {
                d.setInitialDirectory(lastFolder);
            }
            chosen = d.showDialog(owner.get());
        } else {
            FileChooser f = new FileChooser();
            f.setTitle(title);
            if (lastFolder != null) {
                f.setInitialDirectory(lastFolder);
            }
            if (suggestedName != null) {
                f.setInitialFileName(suggestedName);
            }
            String ext = suggestedName == null ? "json" : suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            f.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " files", "*." + ext));
            chosen = purpose == Purpose.OPEN ? f.showOpenDialog(owner.get()) : f.showSaveDialog(owner.get());
        }
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = purpose == Purpose.FOLDER ? chosen : chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
