package org.gradflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gradflow.charts.Theme;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.ui.compose.ComposeView;
import org.gradflow.ui.compose.ComposeViewModel;
import org.gradflow.ui.compose.DatasetView;
import org.gradflow.ui.dashboard.DashboardModel;
import org.gradflow.ui.dashboard.DashboardView;
import org.gradflow.ui.files.FileActions;
import org.gradflow.ui.files.FxDialogs;
import org.gradflow.ui.files.Preset;
import org.gradflow.ui.files.RecentFiles;
import org.gradflow.ui.train.EngineThread;
import org.gradflow.ui.train.LiveSettingsViewModel;
import org.gradflow.ui.train.StatusBar;
import org.gradflow.ui.train.TrainingControls;
import org.gradflow.ui.train.TrainingSession;
import org.gradflow.ui.train.TrainingState;
import org.gradflow.ui.train.TrainingViewModel;

/**
 * The main window: menu bar and training controls on top, the experiment (compose panel) on the left, the dashboard
 * in the middle, the status bar at the bottom; and the wiring between their view models. Touches no ND4J: the
 * training session's engine thread does, after the window is shown.
 */
public final class MainWindow {
    private final Stage stage;
    private final EngineThread engine = new EngineThread();
    private final TrainingSession session;
    private final TrainingViewModel training;
    private final DashboardModel dashboardModel = new DashboardModel();
    private DashboardView dashboard;
    private final ComposeViewModel compose;
    private final ComposeEditor editor;
    private final FxDialogs dialogs;
    private final RecentFiles recent;
    private final FileActions files;
    private final ExperimentSpec initial;
    private final BooleanBinding loopActive;
    private final BorderPane root = new BorderPane();
    private final LiveSettingsViewModel live;
    private final List<Runnable> whenContent = new java.util.ArrayList<>();
    private boolean contentReady;
    private final javafx.animation.PauseTransition previewTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));

    /**
     * Builds the window's content into {@code stage} (not shown yet).
     *
     * @param stage the primary stage, not {@code null}
     * @param recentStore where the recent files list lives, not {@code null}
     */
    public MainWindow(Stage stage, Path recentStore) {
        this(stage, recentStore, false);
    }

    /**
     * As {@link #MainWindow(Stage, Path)}; with {@code deferContent} the experiment panel and the dashboard join the
     * window only in the first frame after it is shown ({@link #shown()}), so the window appears sooner.
     */
    public MainWindow(Stage stage, Path recentStore, boolean deferContent) {
        this.stage = Objects.requireNonNull(stage, "stage");
        StartupTrace.mark("main window");
        Preload.Result preloaded = Preload.get();
        List<Preset> presets = preloaded.presets();
        this.initial = preloaded.defaultSpec();
        StartupTrace.mark("default experiment loaded");
        compose = new ComposeViewModel(initial);
        editor = new ComposeEditor(compose);
        session = new TrainingSession(engine, () -> compose.specProperty().get(), this::baseDir);
        training = new TrainingViewModel(session, System::nanoTime);
        live = new LiveSettingsViewModel(training);
        dialogs = new FxDialogs(() -> stage);
        recent = new RecentFiles(recentStore);
        files = new FileActions(session, training, editor, dialogs, recent, dir -> dashboard.exportAll(dir),
                () -> dashboard == null ? null : dashboard.history(), this::notice);
        session.addListener(training);
        session.addListener(files);
        loopActive = training.stateProperty().isEqualTo(TrainingState.RUNNING)
                .or(training.stateProperty().isEqualTo(TrainingState.PAUSED));
        training.specValidProperty().bind(compose.validProperty());
        compose.lockedProperty().bind(training.hasRunProperty());
        compose.selectedLayerProperty().bindBidirectional(dashboardModel.selectedLayerProperty());
        bindLiveSettings(live);
        StartupTrace.mark("view models");

        root.setTop(new VBox(MainMenu.build(files, recent, presets, training, dashboardModel, loopActive,
                this::freshSpec, this::quit, this::help), new TrainingControls(training, live).node()));
        root.setBottom(new StatusBar(training).node());
        root.setId("mainWindow");
        StartupTrace.mark("menus and controls");
        if (deferContent) {
            Label loading = new Label("Loading the experiment and the charts…");
            loading.getStyleClass().add("dim");
            root.setCenter(loading);
            root.getTop().setDisable(true);
        } else {
            root.setCenter(buildContent());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1560, screen.getWidth() * 0.97), Math.min(960, screen.getHeight() * 0.94));
        scene.getStylesheets().add(css("gradflow.css"));
        applyTheme(scene, dashboardModel.themeProperty().get());
        dashboardModel.themeProperty().addListener((o, a, b) -> applyTheme(scene, b));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::spaceToPause);
        stage.setScene(scene);
        StartupTrace.mark("scene");
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, files.currentFileProperty(),
                files.dirtyBinding(), compose.specProperty()));
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /** Builds the experiment panel (compose and dataset views) and the dashboard, and connects them to the run. */
    private Node buildContent() {
        dashboard = new DashboardView(dashboardModel, training.events(), dialogs);
        session.addListener(dashboard);
        session.addFrameHook(dashboard::frame);
        StartupTrace.mark("dashboard");
        DatasetView datasetView = new DatasetView(compose);
        session.addListener(new DatasetFeed(datasetView));
        previewTimer.setOnFinished(e -> session.previewData(compose.specProperty().get(), baseDir()));
        compose.specProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.dataset().equals(b.dataset())) {
                previewTimer.playFromStart();
            }
        });
        SplitPane left = new SplitPane(new ComposeView(compose).node(), datasetView.node());
        StartupTrace.mark("compose view");
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.64);
        left.setId("experimentPane");
        SplitPane center = new SplitPane(left, dashboard.node());
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(left, false);
        return center;
    }

    /**
     * Call once the stage is shown: adds the deferred content in the second frame, starts ND4J in the background and
     * loads the data preview.
     */
    public void shown() {
        if (dashboard != null) {
            started();
            contentReady = true;
            return;
        }
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                frames++;
                if (frames == 2) { // the bare window was drawn: add the content
                    root.setCenter(buildContent());
                    root.getTop().setDisable(false);
                    StartupTrace.mark("content added");
                } else if (frames == 4) { // the content was laid out and drawn: start the background work
                    stop();
                    StartupTrace.mark("content drawn");
                    started().thenRun(() -> {
                        for (Runnable r : whenContent) {
                            r.run();
                        }
                        whenContent.clear();
                        contentReady = true;
                    });
                }
            }
        }.start();
    }

    /** @return completes on the JavaFX thread once the charts' drawing code is warmed up */
    private java.util.concurrent.CompletableFuture<Void> started() {
        var warmedUp = dashboard.showEmptyCharts();
        session.warmUp();
        session.previewData(compose.specProperty().get(), baseDir());
        return warmedUp;
    }

    /** Opens {@code file} (from the command line) and optionally trains it when it opened. */
    public void openAtStart(Path file, boolean train) {
        afterContent(() -> files.openNow(file).thenAccept(ok -> Platform.runLater(() -> {
            if (train && ok) {
                training.train();
            }
        })));
    }

    /** Runs {@code r} once the content is in the window and warmed up (at once when it is). */
    private void afterContent(Runnable r) {
        if (contentReady) {
            r.run();
        } else {
            whenContent.add(r);
        }
    }

    /** Starts training the experiment shown (for {@code --train} without a file). */
    public void trainNow() {
        afterContent(training::train);
    }

    /** @param dark whether to use the dark theme */
    public void setDark(boolean dark) {
        dashboardModel.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT);
    }

    /** Asks about unsaved changes, then closes the window and stops the background threads. */
    public void quit() {
        files.whenChangesSettled(this::close);
    }

    /** Closes without asking. */
    public void close() {
        session.shutdown();
        dashboard.shutdown();
        files.shutdown();
        stage.close();
        Platform.exit();
    }

    // ---- accessors for the app and tests ----------------------------------------------------------------------

    public TrainingSession session() {
        return session;
    }

    public TrainingViewModel training() {
        return training;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    public DashboardModel dashboardModel() {
        return dashboardModel;
    }

    public FileActions files() {
        return files;
    }

    public FxDialogs dialogs() {
        return dialogs;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    /** @return whether steps are arriving: running and past the first step (for the frame-time probe) */
    public boolean isStepping() {
        return training.stateProperty().get() == TrainingState.RUNNING && !training.startingProperty().get()
                && training.lastStepProperty().get() > 0;
    }

    /** @return whether a training loop is active (running or paused) */
    public boolean isTraining() {
        return loopActive.get();
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private ExperimentSpec freshSpec() {
        return initial;
    }

    private void notice(String text) {
        if (dashboard != null) {
            dashboard.report(text);
        }
    }

    private String title() {
        Path f = files.currentFileProperty().get();
        ExperimentSpec s = compose.specProperty().get();
        String name = f != null ? f.getFileName().toString() : s != null ? s.name() : "untitled";
        return "GradFlow — " + name + (files.dirtyBinding().get() ? " •" : "");
    }

    /**
     * The live-settings bar edits the same learning rate, optimiser (with its parameters), clipping and L1/L2 as the
     * compose panel, so an edit in either place is applied by Apply while a run exists.
     */
    private void bindLiveSettings(LiveSettingsViewModel live) {
        var t = compose.training();
        live.learningRateProperty().bindBidirectional(t.learningRateProperty());
        live.optimizerProperty().bindBidirectional(t.optimizerProperty());
        live.clipProperty().bindBidirectional(t.clipProperty());
        live.clipThresholdProperty().bindBidirectional(t.clipThresholdProperty());
        live.l1Property().bindBidirectional(t.l1Property());
        live.l2Property().bindBidirectional(t.l2Property());
        live.momentumProperty().bindBidirectional(t.momentumProperty());
        live.beta1Property().bindBidirectional(t.beta1Property());
        live.beta2Property().bindBidirectional(t.beta2Property());
        live.rhoProperty().bindBidirectional(t.rhoProperty());
        live.epsilonProperty().bindBidirectional(t.epsilonProperty());
    }

    /** @return the folder of the current file (a CSV dataset's path is relative to it), or {@code null} */
    private Path baseDir() {
        Path f = files == null ? null : files.currentFileProperty().get();
        return f == null ? null : f.getParent();
    }

    private void spaceToPause(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown()
                || stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        training.togglePause();
        e.consume();
    }

    private void help() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("GradFlow: how to use it");
        a.setHeaderText("Build, train, watch");
        a.setContentText(String.join("\n",
                "1. The experiment on the left is ready: press Train (Ctrl+Enter).",
                "2. Watch the gradient norms: with deep sigmoid layers the lines of the first layers fall decades "
                        + "below the last ones — vanishing gradients.",
                "3. Space pauses and resumes; Step takes one step; change the learning rate, optimiser, clipping or "
                        + "L1/L2 while training and press Apply — the change shows as a dashed marker.",
                "4. Click a line, a bar or a heatmap row to inspect that layer.",
                "5. Drag on a chart to zoom, Ctrl+drag to pan, right-click to export or copy it.",
                "6. Save (Ctrl+S) keeps the recorded run; opening it shows the charts at once and Train continues."));
        a.show();
    }

    private static String css(String name) {
        return Objects.requireNonNull(MainWindow.class.getResource(name), name).toExternalForm();
    }

    private static void applyTheme(Scene scene, Theme theme) {
        String dark = css("dark.css");
        if (theme == Theme.DARK) {
            if (!scene.getStylesheets().contains(dark)) {
                scene.getStylesheets().add(dark);
            }
        } else {
            scene.getStylesheets().remove(dark);
        }
    }
}
