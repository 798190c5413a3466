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
     * @return the process exit code: 0, 2 for unknown options, 1 when no window can be opened (the reason is printed)
     */
    public static int launch(String[] args) {
        try {
            AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("gradflow: " + e.getMessage());
            System.err.println(AppOptions.USAGE);
            return 2;
        }
        var noDisplay = DisplayProblem.beforeLaunch(System.getProperty("os.name", ""), System.getenv());
        if (noDisplay.isPresent() && !Boolean.getBoolean("testfx.headless")) {
            System.err.println(noDisplay.get());
            return 1;
        }
        StartupTrace.mark("launching JavaFX");
        Preload.start();
        try {
            Application.launch(GradFlowApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            System.err.println(DisplayProblem.afterFailure(e));
            return 1;
        }
        return 0;
    }
}
