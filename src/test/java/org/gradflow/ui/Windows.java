package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens main windows for TestFX tests and waits for what they do. */
final class Windows {
    /** Seconds to wait for anything. */
    public static final int TIMEOUT = 60;

    private Windows() {
    }

    /**
     * @return a new main window on its own stage, shown, its charts warmed up; closing it does not exit JavaFX
     */
    public static MainWindow open(FxRobot robot, Path folder) throws Exception {
        MainWindow[] window = new MainWindow[1];
        Path recent = Files.createDirectories(folder).resolve("recent.txt");
        robot.interact(() -> {
            Stage stage = new Stage();
            window[0] = new MainWindow(stage, recent);
            window[0].setExitAction(() -> { });
            stage.show();
            window[0].shown();
        });
        CompletableFuture<Void> ready = new CompletableFuture<>();
        robot.interact(() -> window[0].afterContent(() -> ready.complete(null)));
        ready.get(TIMEOUT, TimeUnit.SECONDS);
        return window[0];
    }

    /** Waits for {@code condition}, then for the JavaFX events queued meanwhile. */
    public static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code file} in {@code window} and waits until it is shown. */
    public static void openFile(FxRobot robot, MainWindow window, Path file) throws Exception {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        robot.interact(() -> window.files().openNow(file).thenAccept(opened::complete));
        assertThat(opened.get(TIMEOUT, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the value of {@code future} computed on the JavaFX thread, waited for */
    public static <T> T onFx(FxRobot robot, Callable<CompletableFuture<T>> future) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        robot.interact(() -> {
            try {
                future.call().whenComplete((v, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(v);
                    }
                });
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT, TimeUnit.SECONDS);
    }

    /** Starts crash recovery in {@code window} (autosave every hour: tests call saveNow). */
    static CompletableFuture<Boolean> startRecovery(FxRobot robot, MainWindow window,
                                                    org.gradflow.ui.recovery.RecoveryStore store) {
        CompletableFuture<Boolean> restored = new CompletableFuture<>();
        robot.interact(() -> window.startRecovery(store, javafx.util.Duration.hours(1)).thenAccept(restored::complete));
        return restored;
    }

    /**
     * Starts crash recovery, answers Restore, and waits until the restored run of five layers shows {@code steps}
     * steps in its History and in the gradient-norm chart.
     */
    static void restore(FxRobot robot, MainWindow window, org.gradflow.ui.recovery.RecoveryStore store, long steps)
            throws Exception {
        CompletableFuture<Boolean> restored = startRecovery(robot, window, store);
        await(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        robot.clickOn("Restore");
        assertThat(restored.get(TIMEOUT, TimeUnit.SECONDS)).isTrue();
        await(() -> window.dashboard().history() != null && window.dashboard().history().stepCount() == steps);
        await(() -> chartsReach(window, 5, steps));
    }

    /**
     * @return whether the gradient-norm chart shows {@code layers} series whose last point is the run's last step,
     *         or, once older steps are merged into equal-width points (a fast machine records thousands of steps
     *         before a Stop lands), the middle of the last merged block, which lies within the last 1% of the run
     */
    static boolean chartsReach(MainWindow window, int layers, long steps) {
        var last = window.dashboard().liveLastSteps(org.gradflow.charts.ChartKind.GRADIENT_NORMS);
        double tolerance = Math.max(1, steps / 100.0);
        return last.size() == layers && last.stream().allMatch(x -> x >= steps - tolerance && x <= steps);
    }

    /** @return the names of the live threads whose name starts with "gradflow-" */
    public static Set<Thread> gradflowThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("gradflow-"))
                .filter(Thread::isAlive).collect(Collectors.toSet());
    }
}
