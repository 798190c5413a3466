package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gradflow.charts.ChartKind;
import org.gradflow.diagnostics.History;
import org.gradflow.ui.train.RunEvent;
import org.gradflow.ui.train.TrainingState;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.gradflow.ui.testing.UiSpecs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app end to end on headless Monocle: train a 5-layer network, pause/step/resume, change the learning rate mid-run,
 * save and reopen a run and continue it, export a chart from its context menu, open a corrupt file, stop on NaN.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class MainWindowTest {
    private static final int TIMEOUT = 60;
    private static final Path RECENT = recentStore();

    @TempDir
    Path dir;
    private MainWindow window;
    private final ArrayDeque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RECENT);
        window.dialogs().setChooser((purpose, title, suggested) -> Optional.ofNullable(chosen.poll()));
        stage.show();
        window.shown();
    }

    @AfterEach
    void stopTraining(FxRobot robot) {
        robot.interact(() -> window.session().shutdown());
    }

    private static Path recentStore() {
        try {
            Path d = Files.createTempDirectory("gradflow-ui-test");
            d.toFile().deleteOnExit();
            return d.resolve("recent.txt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for {@code condition}, then for the JavaFX events queued meanwhile (so views are up to date). */
    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> opened = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> window.files().openNow(file).thenAccept(opened::complete));
        assertThat(opened.get(TIMEOUT, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TrainingState state() {
        return window.training().stateProperty().get();
    }

    private long trainerSteps() throws Exception {
        return window.session().withRun(r -> r.trainer().stepCount()).get(TIMEOUT, TimeUnit.SECONDS);
    }

    /** Types into a field of the compose panel (set directly: its narrow columns may clip the field). */
    private static void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    /** Chooses an item of a compose panel's combo box by its label, through the box's selection model. */
    private static void choose(FxRobot robot, String comboId, String item) {
        ComboBox<?> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.interact(() -> {
            for (int i = 0; i < box.getItems().size(); i++) {
                if (box.getConverter().toString(cast(box.getItems().get(i))).equals(item)) {
                    box.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError("no item " + item + " in " + comboId + ": " + box.getItems());
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    void buildsFiveLayersInTheComposePanelAndTheChartsHoldEveryStep(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.tanhLayers(2, 1000), dir.resolve("three.json")));
        robot.clickOn("#addLayerButton");
        robot.clickOn("#addLayerButton");
        assertThat(window.compose().layers()).hasSize(5);
        robot.interact(() -> window.compose().selectedLayerProperty().set(1));
        choose(robot, "#activationChoice", "ReLU");
        replaceText(robot, "#unitsField", "24");
        robot.interact(() -> window.compose().selectedLayerProperty().set(3));
        choose(robot, "#activationChoice", "ELU");
        replaceText(robot, "#stepsField", "100");
        var spec = window.compose().specProperty().get();
        assertThat(window.compose().validProperty().get()).isTrue();
        assertThat(spec.network().layers().stream().map(l -> l.activation().kind().name()).toList())
                .containsExactly("TANH", "RELU", "TANH", "ELU", "SOFTMAX");
        assertThat(spec.network().layers().get(1).units()).isEqualTo(24);
        assertThat(spec.training().steps()).isEqualTo(100);

        robot.clickOn("#trainButton");
        await(() -> window.compose().lockedProperty().get()); // locked once the engine thread started the run
        await(() -> state() == TrainingState.FINISHED);
        History history = window.dashboard().history();
        assertThat(history.stepCount()).isEqualTo(100);
        assertThat(history.layerCount()).isEqualTo(5);
        await(() -> window.dashboard().liveSeries(ChartKind.GRADIENT_NORMS).equals(Collections.nCopies(5, 100)));
        await(() -> window.dashboard().liveSeries(ChartKind.LOSS).get(0) == 100);
        await(() -> window.dashboard().chart(ChartKind.GRADIENT_FLOW).getTitle().getText().endsWith("step 100"));
        assertThat(robot.lookup("#stepLabel").queryAs(Label.class).getText()).isEqualTo("step 100 / 100");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).startsWith("Done: 100 steps");

        clickLayerColumn(robot, "#chart-gradient-flow", 3);
        await(() -> robot.lookup("#inspectorTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#inspectorTitle").queryAs(Label.class).getText()).isEqualTo("Layer 3 of 5");
        assertThat(window.compose().selectedLayerProperty().get()).isEqualTo(2);
        assertThat(robot.lookup("#inspector-grad_norm_w").queryAs(Label.class).getText()).matches("[0-9.e-]+");
    }

    /** Clicks the middle of layer {@code layer}'s column (1-based) in a chart over the layers. */
    private void clickLayerColumn(FxRobot robot, String viewerId, int layer) {
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup(viewerId).queryAs(org.jfree.chart.fx.ChartViewer.class);
        java.awt.geom.Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        var plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().valueToJava2D(layer, area, plot.getDomainAxisEdge());
        robot.clickOn(viewer.getCanvas().localToScreen(x, area.getCenterY()));
    }

    @Test
    void pauseStepResumeAndChangeTheLearningRate(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.fiveLayers(1_000_000), dir.resolve("long.json")));
        robot.clickOn("#trainButton");
        await(() -> window.training().lastStepProperty().get() >= 20);
        robot.clickOn("#pauseButton");
        assertThat(state()).isEqualTo(TrainingState.PAUSED);
        long paused = trainerSteps();
        await(() -> window.training().lastStepProperty().get() == paused);
        robot.clickOn("#stepButton");
        await(() -> window.training().lastStepProperty().get() == paused + 1);
        assertThat(trainerSteps()).isEqualTo(paused + 1);
        robot.type(KeyCode.SPACE);
        assertThat(state()).isEqualTo(TrainingState.RUNNING);
        await(() -> window.training().lastStepProperty().get() > paused + 20);

        robot.interact(() -> robot.lookup("#liveLearningRate").queryAs(TextField.class).setText("0.01"));
        robot.clickOn("#applySettingsButton");
        await(() -> window.training().events().size() == 1);
        RunEvent event = window.training().events().get(0);
        assertThat(event.description()).isEqualTo("learning rate 0.1 → 0.01");
        assertThat(event.step()).isGreaterThan(paused + 20);
        await(() -> markerLabels(ChartKind.GRADIENT_NORMS).contains("learning rate 0.1 → 0.01"));
        await(() -> markerLabels(ChartKind.LOSS).contains("learning rate 0.1 → 0.01"));
        await(() -> window.dashboard().history().latest().learningRate() == 0.01);

        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        assertThat(window.training().trainLabelProperty().get()).isEqualTo("Continue");
    }

    @Test
    void optimiserParametersEditedInTheComposePanelApplyToTheRun(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.fiveLayers(1_000_000), dir.resolve("long.json")));
        robot.clickOn("#trainButton");
        await(() -> window.training().lastStepProperty().get() >= 10);
        assertThat(robot.lookup("#lossChoice").queryAs(ComboBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#stepsField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#batchSizeField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#validationLabel").queryAs(Label.class).getText()).startsWith("A run exists");

        choose(robot, "#optimizerChoice", "momentum");
        replaceText(robot, "#momentumField", "0.5");
        assertThat(robot.lookup("#momentumField").queryAs(TextField.class).isDisabled()).isFalse();
        robot.clickOn("#applySettingsButton");
        await(() -> window.training().events().size() == 1);
        assertThat(window.training().events().get(0).description())
                .isEqualTo("optimiser SGD → Momentum, momentum 0.9 → 0.5");
        long applied = window.training().events().get(0).step();
        await(() -> window.training().lastStepProperty().get() > applied + 5);
        var optimizer = window.session().withRun(r -> r.trainer().settings().optimizer()).get(TIMEOUT,
                TimeUnit.SECONDS);
        assertThat(optimizer.kind().name()).isEqualTo("MOMENTUM");
        assertThat(optimizer.momentum()).isEqualTo(0.5);

        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        robot.clickOn("#resetButton");
        await(() -> !window.compose().lockedProperty().get());
        assertThat(robot.lookup("#stepsField").queryAs(TextField.class).isDisabled()).isFalse();
    }

    private List<String> markerLabels(ChartKind kind) {
        var chart = window.dashboard().chart(kind);
        var markers = chart == null ? null : chart.getXYPlot().getDomainMarkers(0, Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().map(m -> ((Marker) m).getLabel())
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void savesReopensAndContinuesARun(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.fiveLayers(1_000_000), dir.resolve("run.json")));
        robot.clickOn("#trainButton");
        await(() -> window.training().lastStepProperty().get() >= 40);
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        long recorded = window.dashboard().history().stepCount();
        Path saved = dir.resolve("saved.json");
        chosen.add(saved);
        robot.interact(() -> window.files().saveAs());
        await(() -> Files.exists(saved) && !window.files().dirtyBinding().get());
        assertThat(Files.readString(saved)).contains("\"history\"").contains("\"weights\"");

        open(robot, saved);
        await(() -> window.dashboard().history() != null && window.dashboard().history().stepCount() == recorded);
        // A fast machine records thousands of steps before Stop lands; older steps then show as merged points.
        await(() -> Windows.chartsReach(window, 5, recorded));
        assertThat(state()).isEqualTo(TrainingState.FINISHED);
        assertThat(window.training().trainLabelProperty().get()).as(window.training().messageProperty().get())
                .isEqualTo("Continue");
        robot.clickOn("#trainButton");
        await(() -> window.training().lastStepProperty().get() > recorded + 20);
        robot.clickOn("#stopButton");
        await(() -> state() == TrainingState.FINISHED);
        History continued = window.dashboard().history();
        assertThat(continued.stepCount()).isGreaterThan(recorded + 20);
        assertThat(continued.lastStep()).isEqualTo(continued.stepCount()); // steps 1..n without a gap
    }

    @Test
    void exportsAChartFromItsContextMenu(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.fiveLayers(30), dir.resolve("small.json")));
        robot.clickOn("#trainButton");
        await(() -> state() == TrainingState.FINISHED);
        Path png = dir.resolve("loss.png");
        chosen.add(png);
        // Monocle fires no ContextMenuEvent on a right click (TestFX issue 645), so the test fires it.
        javafx.scene.Node viewer = robot.lookup("#chart-loss").query();
        robot.interact(() -> javafx.event.Event.fireEvent(viewer, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 50, 50, 300, 300, false, null)));
        robot.clickOn("Export PNG…");
        await(() -> Files.exists(png) && Files.size(png) > 0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1500);
        await(() -> robot.lookup("#dashboardNotice").queryAs(Label.class).getText().equals("Exported loss.png"));
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeNew(FxRobot robot) throws Exception {
        robot.interact(() -> window.compose().nameProperty().set("Changed"));
        assertThat(window.files().dirtyBinding().get()).isTrue();
        javafx.application.Platform.runLater(() -> window.files().newExperiment(UiSpecs.fiveLayers(10)));
        await(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(window.compose().nameProperty().get()).isEqualTo("Changed");
        javafx.application.Platform.runLater(() -> window.files().newExperiment(UiSpecs.fiveLayers(10)));
        await(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        robot.clickOn("Don't save");
        await(() -> window.compose().nameProperty().get().equals("Five layers"));
        assertThat(window.files().dirtyBinding().get()).isFalse();
    }

    @Test
    void exportsAllChartsAndTheCsvFiles(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.fiveLayers(30), dir.resolve("small.json")));
        robot.clickOn("#trainButton");
        await(() -> state() == TrainingState.FINISHED);
        Path charts = Files.createDirectory(dir.resolve("charts"));
        chosen.add(charts);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        await(() -> robot.lookup("#dashboardNotice").queryAs(Label.class).getText().startsWith("Wrote "));
        assertThat(robot.lookup("#dashboardNotice").queryAs(Label.class).getText())
                .isEqualTo("Wrote 12 charts to " + charts);
        try (var files = Files.list(charts)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(12).allMatch(n -> n.endsWith(".png"));
        }
        assertThat(charts.resolve("gradient-norms.png")).exists();
        assertThat(charts.resolve("gradient-histograms-layer1.png")).exists();
        assertThat(charts.resolve("gradient-histograms-layer5.png")).exists();
        Path csv = Files.createDirectory(dir.resolve("csv"));
        chosen.add(csv);
        robot.interact(() -> window.files().exportCsv());
        await(() -> Files.exists(csv.resolve("layers.csv")) && Files.readAllLines(csv.resolve("layers.csv")).size()
                == 1 + 30 * 5);
        assertThat(Files.readAllLines(csv.resolve("steps.csv"))).hasSize(31);
    }

    @Test
    void corruptFileShowsADialogNamingTheProblem(FxRobot robot) throws Exception {
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"format\": \"gradflow-experiment\", \"version\": 1, \"name\": ");
        robot.interact(() -> window.files().open(corrupt));
        await(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String text = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertThat(text).contains("corrupt.json").doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn("OK");
        assertThat(window.files().currentFileProperty().get()).isNull();
    }

    @Test
    void nanStopsTheRunInPlainWords(FxRobot robot) throws Exception {
        open(robot, UiSpecs.write(UiSpecs.exploding(), dir.resolve("exploding.json")));
        robot.clickOn("#trainButton");
        await(() -> state() == TrainingState.FAILED);
        String message = robot.lookup("#statusMessage").queryAs(Label.class).getText();
        assertThat(message).startsWith("Training stopped at step ").contains("NaN or infinite")
                .contains("try a smaller learning rate").endsWith("Everything recorded until then is kept.");
        assertThat(window.dashboard().history().nonFiniteSteps()).isNotEmpty();
    }
}
