package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradflow.ui.Windows.await;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
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
import org.gradflow.ui.testing.UiSpecs;
import org.gradflow.ui.train.TrainingState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * CSV data in the app: a path that leaves the experiment's folder is read only after the user confirms it in a dialog
 * naming the path (for a fresh run and for a reopened run that continues); reading a large file shows its progress
 * and can be cancelled.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ExternalDataTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @BeforeEach
    void openWindow(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("exp"));
        window = Windows.open(robot, dir.resolve("config"));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::dispose);
    }

    /** Two inputs and a class label 0/1, {@code rows} rows. */
    static Path csv(Path file, int rows) throws Exception {
        Files.createDirectories(file.getParent());
        SplittableRandom r = new SplittableRandom(1);
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < Math.min(rows, 1000); i++) {
            double a = r.nextDouble(-1, 1);
            double b = r.nextDouble(-1, 1);
            block.append(String.format(Locale.ROOT, "%.5f,%.5f,%d%n", a, b, a * b > 0 ? 1 : 0));
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("x1,x2,label\n");
            for (int i = 0; i < rows / 1000; i++) {
                out.write(block.toString());
            }
            if (rows < 1000) {
                out.write(block.toString());
            }
        }
        return file;
    }

    static ExperimentSpec csvExperiment(String csvFile, long steps) {
        DatasetSpec data = new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, csvFile, "label", true, true, 0.2, true);
        TrainingSpec t = new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY, OptimizerSpec.of(OptimizerKind.SGD, 0.1),
                ClipSpec.NONE, 0, 0, 32, 1, steps, 10, 10);
        return new ExperimentSpec("Quadrants", 1, data, NetworkSpec.of(2, List.of(
                LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL),
                LayerSpec.dense(2, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL))), t);
    }

    /** Writes {@code rows} rows to {@code data}, an experiment naming it {@code csvFile} in exp/, and opens it. */
    private Path openWith(FxRobot robot, Path data, int rows, String csvFile, long steps) throws Exception {
        csv(data, rows);
        Windows.openFile(robot, window, UiSpecs.write(csvExperiment(csvFile, steps), dir.resolve("exp/exp.json")));
        return data;
    }

    private TrainingState state() {
        return window.training().stateProperty().get();
    }

    private String dialogText(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#externalDataDialog").tryQuery().isPresent());
        return robot.lookup("#externalDataMessage").queryAs(Label.class).getText();
    }

    @Test
    void anExternalCsvIsReadOnlyAfterTheUserConfirmsIt(FxRobot robot) throws Exception {
        Path data = openWith(robot, dir.resolve("data/points.csv"), 400, "../data/points.csv", 1_000_000);

        robot.clickOn("#trainButton");
        assertThat(dialogText(robot)).contains(data.toAbsolutePath().normalize().toString())
                .contains(dir.resolve("exp").toString());
        robot.clickOn("Don't read");
        await(() -> robot.lookup("#externalDataDialog").tryQuery().isEmpty());
        assertThat(state()).isEqualTo(TrainingState.IDLE);
        assertThat(window.training().hasRunProperty().get()).isFalse();
        assertThat(window.session().engineSteps()).as("no run was prepared").isEqualTo(-1);

        robot.clickOn("#trainButton"); // asked again: the refusal is not remembered as a permission
        dialogText(robot);
        robot.clickOn("Read it");
        await(() -> window.training().lastStepProperty().get() >= 20);
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        assertThat(window.dashboard().history().stepCount()).isGreaterThanOrEqualTo(20);

        robot.clickOn("#trainButton"); // continuing the live run reads nothing: no question
        await(() -> window.training().lastStepProperty().get() >= 40);
        assertThat(robot.lookup("#externalDataDialog").tryQuery()).isEmpty();
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
    }

    @Test
    void aPathTheUserTypesInTheEditorIsTheirsAndNotAskedAbout(FxRobot robot) throws Exception {
        Path data = openWith(robot, dir.resolve("data/points.csv"), 400, "points.csv", 30);
        robot.interact(() -> window.compose().dataset().csvFileProperty().set(data.toAbsolutePath().toString()));
        robot.clickOn("#trainButton");
        await(() -> state() == TrainingState.FINISHED);
        assertThat(window.dashboard().history().stepCount()).isEqualTo(30);
        assertThat(robot.lookup("#externalDataDialog").tryQuery()).isEmpty();
    }

    @Test
    void aReopenedRunWithAnExternalCsvAsksBeforeItContinues(FxRobot robot) throws Exception {
        Path data = dir.resolve("data/points.csv").toAbsolutePath();
        openWith(robot, data, 400, data.toString(), 1_000_000);
        robot.clickOn("#trainButton");
        dialogText(robot);
        robot.clickOn("Read it");
        await(() -> window.training().lastStepProperty().get() >= 20);
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        long recorded = window.dashboard().history().stepCount();
        Path saved = dir.resolve("exp/saved.json");
        assertThat(Windows.onFx(robot, () -> window.files().saveTo(saved))).isTrue();

        Windows.openFile(robot, window, saved);
        assertThat(window.training().trainLabelProperty().get()).isEqualTo("Continue");
        robot.clickOn("#trainButton");
        assertThat(dialogText(robot)).contains(data.toAbsolutePath().toString());
        robot.clickOn("Don't read");
        await(() -> robot.lookup("#externalDataDialog").tryQuery().isEmpty());
        assertThat(state()).isEqualTo(TrainingState.FINISHED);
        assertThat(window.training().trainLabelProperty().get()).as("the run can still continue").isEqualTo("Continue");
        assertThat(window.dashboard().history().stepCount()).isEqualTo(recorded);

        robot.clickOn("#trainButton");
        dialogText(robot);
        robot.clickOn("Read it");
        await(() -> window.training().lastStepProperty().get() > recorded + 10);
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        var continued = window.dashboard().history();
        assertThat(continued.lastStep()).isEqualTo(continued.stepCount()); // continued from the saved step
    }

    @Test
    void readingALargeCsvShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        Path data = openWith(robot, dir.resolve("exp/big.csv"), 6_000_000, "big.csv", 100);
        robot.clickOn("#trainButton");
        await(() -> robot.lookup("#loadProgress").tryQuery().isPresent());
        ProgressBar bar = robot.lookup("#loadProgressBar").queryAs(ProgressBar.class);
        await(() -> bar.getProgress() > 0);
        double shown = bar.getProgress();
        assertThat(robot.lookup("#loadProgressText").queryAs(Label.class).getText()).startsWith("Reading big.csv: ");
        long cancelAt = System.nanoTime();
        robot.clickOn("#cancelLoadButton");
        await(() -> state() == TrainingState.FAILED);
        double cancelMs = (System.nanoTime() - cancelAt) / 1e6;
        assertThat(shown).isLessThan(1.0);
        assertThat(window.training().messageProperty().get()).startsWith("Not started: reading the data was cancelled")
                .contains("big.csv");
        assertThat(window.dataPermissions().progress()).isNull();
        assertThat(robot.lookup("#loadProgress").tryQuery()).isEmpty();
        assertThat(window.session().engineSteps()).isEqualTo(-1);
        assertThat(window.training().canTrainProperty().get()).isTrue();
        System.out.printf("cancel: %.0f MB file, progress %.0f %% when cancelled, run ended %.0f ms after Cancel%n",
                Files.size(data) / 1e6, 100 * shown, cancelMs);
    }
}
