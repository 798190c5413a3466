package org.gradflow.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import org.gradflow.ui.dashboard.ExportDialogs;

/** Every dialog the file commands use; the app shows real ones ({@link FxDialogs}). JavaFX thread only. */
public interface Dialogs extends ExportDialogs {
    /** @return an experiment file to open, empty when cancelled */
    Optional<Path> chooseOpen();

    /** @param suggestedName for example "deep-sigmoid.json"; @return where to save, empty when cancelled */
    Optional<Path> chooseSave(String suggestedName);

    /** @param title what the folder is for; @return a folder, empty when cancelled */
    Optional<Path> chooseFolder(String title);

    /** @param documentName the experiment's name; @return what to do with unsaved changes */
    UnsavedChoice askUnsaved(String documentName);

    /**
     * Asks whether a data file outside the experiment's folder may be read.
     *
     * @param experiment the experiment's name
     * @param file the data file, as resolved
     * @param folder the experiment's folder
     * @return whether the user allows it
     */
    boolean confirmExternalData(String experiment, Path file, Path folder);
}
