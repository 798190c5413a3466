package org.gradflow.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs chart exports need; the app supplies real ones, tests scripted ones. JavaFX thread only. */
public interface ExportDialogs {
    /**
     * @param title dialog title
     * @param suggestedName file name offered, for example "loss.png"
     * @param extension "png" or "svg"
     * @return the file chosen, empty when cancelled
     */
    Optional<Path> chooseFile(String title, String suggestedName, String extension);

    /** Shows a problem (a dialog naming it, never a stack trace). */
    void error(String title, String message);
}
