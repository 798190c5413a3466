package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradflow.ui.Windows.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.gradflow.engine.tensor.Arena;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;
import org.gradflow.run.ExperimentRun;
import org.gradflow.ui.recovery.RecoveryStore;
import org.gradflow.ui.testing.UiSpecs;
import org.gradflow.ui.train.TrainingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Stop and close while a large network trains: Stop ends the loop after at most the step in progress, and closing the
 * window stops the trainer, frees its off-heap memory and leaves no GradFlow thread running.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TrainingLifecycleTest {
    @TempDir
    Path dir;

    /** Six tanh layers of 640 units, batch 256, on a 64-feature teacher problem: tens of milliseconds a step. */
    static ExperimentSpec large() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(LayerSpec.dense(640, ActivationKind.TANH, InitKind.XAVIER_NORMAL));
        }
        layers.add(LayerSpec.dense(4, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL));
        TrainingSpec t = new TrainingSpec(LossKind.MSE, OptimizerSpec.of(OptimizerKind.ADAM, 1e-4), ClipSpec.NONE, 0,
                0, 256, 1, 1_000_000, 50, 100);
        DatasetSpec data = DatasetSpec.generated(DatasetKind.TEACHER, 4000, 0.1, 3).withFeatures(64).withOutputs(4);
        return new ExperimentSpec("Large", 3, data, NetworkSpec.of(64, layers), t);
    }

    @Test
    void stopEndsTheLoopWithinOneStep(FxRobot robot) throws Exception {
        MainWindow w = Windows.open(robot, dir.resolve("config"));
        Windows.openFile(robot, w, UiSpecs.write(large(), dir.resolve("large.json")));
        robot.clickOn("#trainButton");
        await(() -> w.training().lastStepProperty().get() >= 8);
        AtomicLong atStop = new AtomicLong(-1);
        AtomicLong stopNanos = new AtomicLong();
        AtomicLong endNanos = new AtomicLong();
        Button stop = robot.lookup("#stopButton").queryAs(Button.class);
        robot.interact(() -> {
            stop.addEventFilter(ActionEvent.ACTION, e -> {
                atStop.set(w.session().engineSteps()); // the steps done when the Stop request leaves
                stopNanos.set(System.nanoTime());
            });
            w.training().stateProperty().addListener((o, a, b) -> {
                if (b == TrainingState.FINISHED) {
                    endNanos.set(System.nanoTime());
                }
            });
        });
        long t0 = System.nanoTime();
        long s0 = w.session().engineSteps();
        robot.clickOn("#stopButton");
        await(() -> w.training().stateProperty().get() == TrainingState.FINISHED);
        long last = w.training().lastStepProperty().get();
        long trainer = w.session().withRun(r -> r.trainer().stepCount()).get(Windows.TIMEOUT, TimeUnit.SECONDS);
        double msPerStep = (stopNanos.get() - t0) / 1e6 / Math.max(1, atStop.get() - s0);

        assertThat(atStop.get()).isPositive();
        assertThat(trainer).isEqualTo(last);
        assertThat(last).as("steps completed after the stop request").isBetween(atStop.get(), atStop.get() + 1);
        System.out.printf("stop: %d steps done at the request, %d at the end; %.1f ms a step; stop answered in %.1f ms%n",
                atStop.get(), last, msPerStep, (endNanos.get() - stopNanos.get()) / 1e6);
        robot.interact(w::dispose);
    }

    @Test
    void closingTheWindowDuringTrainingStopsTheTrainerFreesItsMemoryAndEndsEveryThread(FxRobot robot)
            throws Exception {
        Set<Thread> before = Windows.gradflowThreads();
        MainWindow w = Windows.open(robot, dir.resolve("config"));
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"), 4001, pid -> false);
        robot.interact(() -> w.startRecovery(store, javafx.util.Duration.seconds(1)));
        Windows.openFile(robot, w, UiSpecs.write(large(), dir.resolve("large.json")));
        robot.clickOn("#trainButton");
        await(() -> w.training().lastStepProperty().get() >= 5);
        await(() -> java.nio.file.Files.exists(store.file())); // the autosave thread ran during training
        ExperimentRun run = w.session().withRun(r -> r).get(Windows.TIMEOUT, TimeUnit.SECONDS);
        long held = run.trainer().bufferBytes();
        long arenas = Arena.openBytes();
        assertThat(held).isGreaterThan(10_000_000L);
        assertThat(Windows.gradflowThreads()).extracting(Thread::getName)
                .contains("gradflow-engine", "gradflow-autosave", "gradflow-files");

        Window stage = w.dashboard().node().getScene().getWindow();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        long closeAt = System.nanoTime();
        robot.clickOn("Don't save");
        await(() -> !stage.isShowing());
        await(() -> {
            Set<Thread> now = Windows.gradflowThreads();
            now.removeAll(before);
            return now.isEmpty();
        });
        System.out.printf("close: every GradFlow thread ended %.0f ms after the answer; %.1f MB freed%n",
                (System.nanoTime() - closeAt) / 1e6, held / 1e6);
        assertThat(run.isClosed()).isTrue();
        assertThat(run.trainer().bufferBytes()).isZero();
        assertThat(Arena.openBytes()).isLessThanOrEqualTo(arenas - held);
        assertThat(store.file()).as("a clean exit leaves no recovery file").doesNotExist();
    }
}
