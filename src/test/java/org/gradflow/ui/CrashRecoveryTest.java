package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradflow.ui.Windows.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gradflow.diagnostics.History;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.run.RunFiles;
import org.gradflow.ui.testing.UiSpecs;
import org.gradflow.ui.recovery.RecoveryStore;
import org.gradflow.ui.train.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Crash recovery end to end on headless Monocle: a window autosaves its run, goes away without a clean exit, and a
 * fresh window offers to restore it; the restored document shows the recorded steps and trains on. Discard deletes
 * the work; a clean exit leaves no recovery file; the autosave writes only when something changed.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashRecoveryTest {
    @TempDir
    Path dir;
    private final List<MainWindow> windows = new ArrayList<>();

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> windows.forEach(MainWindow::dispose));
    }

    private MainWindow window(FxRobot robot) throws Exception {
        MainWindow w = Windows.open(robot, dir.resolve("config" + windows.size()));
        windows.add(w);
        return w;
    }

    private static CompletableFuture<Boolean> startRecovery(FxRobot robot, MainWindow w, RecoveryStore store) {
        return Windows.startRecovery(robot, w, store);
    }

    private static History recordedHistory(Path file) throws Exception {
        ExperimentFile f = ExperimentFiles.load(file);
        return RunFiles.history(f, file.getFileName().toString());
    }

    @Test
    void workAutosavedBeforeACrashIsRestoredWithItsChartsAndTrainsOn(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        Path experiment = UiSpecs.write(UiSpecs.fiveLayers(1_000_000), dir.resolve("run.json"));
        MainWindow first = window(robot);
        assertThat(startRecovery(robot, first, new RecoveryStore(recovery, 1001, pid -> false))
                .get(Windows.TIMEOUT, TimeUnit.SECONDS)).isFalse(); // nothing to restore yet
        Windows.openFile(robot, first, experiment);
        robot.clickOn("#trainButton");
        await(() -> first.training().lastStepProperty().get() >= 30);
        robot.clickOn("#stopButton");
        await(() -> first.training().stateProperty().get() == TrainingState.FINISHED);
        long recorded = first.dashboard().history().stepCount();

        assertThat(Windows.onFx(robot, () -> first.autosave().saveNow())).isTrue();
        Path file = recovery.resolve("recovery-1001.json");
        assertThat(recordedHistory(file).stepCount()).isEqualTo(recorded);
        assertThat(Windows.onFx(robot, () -> first.autosave().saveNow())).as("nothing changed since").isFalse();
        assertThat(first.autosave().writes()).isEqualTo(1);

        // The crash: the window goes without a clean exit, so its recovery file stays.
        robot.interact(() -> {
            first.session().shutdown();
            first.dashboard().node().getScene().getWindow().hide();
        });
        windows.remove(first);

        MainWindow second = window(robot);
        Windows.restore(robot, second, new RecoveryStore(recovery, 1002, pid -> false), recorded);
        assertThat(second.files().dirtyBinding().get()).as("restored work is unsaved").isTrue();
        assertThat(second.files().currentFileProperty().get()).isEqualTo(experiment.toAbsolutePath());
        assertThat(file).as("the crashed session's file, now this session's document").doesNotExist();
        assertThat(second.training().trainLabelProperty().get()).isEqualTo("Continue");

        robot.clickOn("#trainButton");
        await(() -> second.training().lastStepProperty().get() > recorded + 10);
        robot.clickOn("#stopButton");
        await(() -> second.training().stateProperty().get() == TrainingState.FINISHED);
        History continued = second.dashboard().history();
        assertThat(continued.lastStep()).isEqualTo(continued.stepCount()); // steps 1..n without a gap
        assertThat(Windows.onFx(robot, () -> second.autosave().saveNow())).isTrue();
        assertThat(recordedHistory(recovery.resolve("recovery-1002.json")).stepCount()).isEqualTo(continued.stepCount());
    }

    @Test
    void discardDeletesTheAutosavedWorkAndKeepsTheFreshExperiment(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        RecoveryStore crashed = new RecoveryStore(recovery, 2001, pid -> false);
        var five = UiSpecs.fiveLayers(10);
        crashed.write(ExperimentFile.of(new org.gradflow.model.ExperimentSpec("Crashed work", five.seed(),
                five.dataset(), five.network(), five.training())), null);
        MainWindow w = window(robot);
        String fresh = w.compose().nameProperty().get();
        CompletableFuture<Boolean> restored = startRecovery(robot, w, new RecoveryStore(recovery, 2002, pid -> false));
        await(() -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        robot.clickOn("Discard");
        assertThat(restored.get(Windows.TIMEOUT, TimeUnit.SECONDS)).isFalse();
        assertThat(crashed.file()).doesNotExist();
        assertThat(w.compose().nameProperty().get()).isEqualTo(fresh).isNotEqualTo("Crashed work");
    }

    @Test
    void autosavesOnlyUnsavedChangesAndACleanExitRemovesTheFile(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        RecoveryStore store = new RecoveryStore(recovery, 3001, pid -> false);
        MainWindow w = window(robot);
        startRecovery(robot, w, store).get(Windows.TIMEOUT, TimeUnit.SECONDS);
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).as("nothing unsaved").isFalse();
        assertThat(store.file()).doesNotExist();

        robot.interact(() -> w.compose().nameProperty().set("Edited"));
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).isTrue();
        assertThat(ExperimentFiles.load(store.file()).spec().name()).isEqualTo("Edited");
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).as("no change since").isFalse();
        robot.interact(() -> w.compose().nameProperty().set("Edited again"));
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).isTrue();
        assertThat(ExperimentFiles.load(store.file()).spec().name()).isEqualTo("Edited again");

        Path saved = dir.resolve("saved.json");
        assertThat(Windows.onFx(robot, () -> w.files().saveTo(saved))).isTrue();
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).isFalse();
        assertThat(store.file()).as("saved: nothing to recover").doesNotExist();

        robot.interact(() -> w.compose().nameProperty().set("Edited after saving"));
        assertThat(Windows.onFx(robot, () -> w.autosave().saveNow())).isTrue();
        assertThat(store.file()).exists();
        robot.interact(w::dispose);
        windows.remove(w);
        assertThat(store.file()).as("a clean exit").doesNotExist();
        try (var left = Files.list(recovery)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
