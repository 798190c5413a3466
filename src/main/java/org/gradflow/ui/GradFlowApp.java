package org.gradflow.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.gradflow.ui.files.RecentFiles;
import org.gradflow.ui.recovery.RecoveryStore;

/**
 * The JavaFX application. Not the main class (with JavaFX on the class path the main class must not extend
 * {@code Application}): {@link AppLauncher} starts it. The window is shown before ND4J is touched; ND4J warms up on
 * the engine thread afterwards.
 */
public final class GradFlowApp extends Application {
    private MainWindow window;
    private PerfProbe probe;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        window = new MainWindow(stage, RecentFiles.defaultStore(), true);
        window.setDark(options.dark());
        if (options.perfLog() != null) {
            probe = new PerfProbe(options.perfLog(), window::isStepping,
                    () -> window.training().lastStepProperty().get());
            Runtime.getRuntime().addShutdownHook(new Thread(probe::finish, "gradflow-perf-log"));
            probe.start();
        }
        stage.show();
        StartupTrace.mark("window shown");
        window.shown();
        if (options.autosaveSeconds() > 0) {
            window.startRecovery(RecoveryStore.forThisProcess(options.recoveryDir()),
                    javafx.util.Duration.seconds(options.autosaveSeconds())).thenAccept(restored -> {
                        if (!restored) {
                            openOrTrain(options);
                        }
                    });
        } else {
            openOrTrain(options);
        }
        if (options.quitAfterSeconds() > 0) {
            javafx.animation.PauseTransition quit = new javafx.animation.PauseTransition(
                    javafx.util.Duration.seconds(options.quitAfterSeconds()));
            quit.setOnFinished(e -> {
                if (probe != null) {
                    probe.finish();
                }
                window.close();
            });
            quit.play();
        }
    }

    /** The work asked for on the command line (unless autosaved work was restored instead). */
    private void openOrTrain(AppOptions options) {
        if (options.open() != null) {
            window.openAtStart(options.open(), options.train());
        } else if (options.train()) {
            window.trainNow();
        }
    }

    @Override
    public void stop() {
        if (probe != null) {
            probe.finish();
        }
        Platform.exit();
    }
}
