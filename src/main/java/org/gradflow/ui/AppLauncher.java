package org.gradflow.ui;

import java.util.List;
import javafx.application.Application;

/** Starts the app from the plain main class, after checking the options. */
public final class AppLauncher {
    private AppLauncher() {
    }

    /**
     * Opens the app and returns when its window closed.
     *
     * @param args the app's arguments (see {@link AppOptions#USAGE}), not {@code null}
     * @return the process exit code: 0, or 2 for unknown options
     */
    public static int launch(String[] args) {
        try {
            AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("gradflow: " + e.getMessage());
            System.err.println(AppOptions.USAGE);
            return 2;
        }
        StartupTrace.mark("launching JavaFX");
        Preload.start();
        Application.launch(GradFlowApp.class, args);
        return 0;
    }
}
