package org.gradflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
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
    private final DashboardView dashboard;
    private final ComposeViewModel compose;
    private final ComposeEditor editor;
    private final FxDialogs dialogs;
    private final RecentFiles recent;
    private final FileActions files;
    private final ExperimentSpec initial;
    private final BooleanBinding loopActive;
    private final javafx.animation.PauseTransition previewTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));

    /**
     * Builds the window's content into {@code stage} (not shown yet).
     *
     * @param stage the primary stage, not {@code null}
     * @param recentStore where the recent files list lives, not {@code null}
     */
    public MainWindow(Stage stage, Path recentStore) {
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
        LiveSettingsViewModel live = new LiveSettingsViewModel(training);
        dialogs = new FxDialogs(() -> stage);
        StartupTrace.mark("view models");
        dashboard = new DashboardView(dashboardModel, training.events(), dialogs);
        StartupTrace.mark("dashboard");
        recent = new RecentFiles(recentStore);
        files = new FileActions(session, training, editor, dialogs, recent, dashboard::exportAll,
                dashboard::history, dashboard::report);
        session.addListener(training);
        session.addListener(dashboard);
        session.addListener(files);
        session.addFrameHook(dashboard::frame);
        loopActive = training.stateProperty().isEqualTo(TrainingState.RUNNING)
                .or(training.stateProperty().isEqualTo(TrainingState.PAUSED));
        training.specValidProperty().bind(compose.validProperty());
        compose.lockedProperty().bind(training.hasRunProperty());
        compose.selectedLayerProperty().bindBidirectional(dashboardModel.selectedLayerProperty());
        bindLiveSettings(live);
        DatasetView datasetView = new DatasetView(compose);
        session.addListener(new DatasetFeed(datasetView));
        previewTimer.setOnFinished(e -> session.previewData(compose.specProperty().get(), baseDir()));
        compose.specProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.dataset().equals(b.dataset())) {
                previewTimer.playFromStart();
            }
        });

        BorderPane root = new BorderPane();
        root.setTop(new VBox(MainMenu.build(files, recent, presets, training, dashboardModel, loopActive,
                this::freshSpec, this::quit, this::help), new TrainingControls(training, live).node()));
        StartupTrace.mark("menus and controls");
        SplitPane left = new SplitPane(new ComposeView(compose).node(), datasetView.node());
        StartupTrace.mark("compose view");
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.64);
        left.setId("experimentPane");
        SplitPane center = new SplitPane(left, dashboard.node());
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.42);
        SplitPane.setResizableWithParent(left, false);
        root.setCenter(center);
        root.setBottom(new StatusBar(training).node());
        root.setId("mainWindow");
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

    /** Call once the stage is shown: starts ND4J in the background, then loads the data preview. */
    public void shown() {
        dashboard.showEmptyCharts();
        session.warmUp();
        session.previewData(compose.specProperty().get(), baseDir());
    }

    /** Opens {@code file} (from the command line) and optionally trains it when it opened. */
    public void openAtStart(Path file, boolean train) {
        files.openNow(file).thenAccept(ok -> Platform.runLater(() -> {
            if (train && (ok || file == null)) {
                training.train();
            }
        }));
    }

    /** Starts training the experiment shown (for {@code --train} without a file). */
    public void trainNow() {
        training.train();
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

    private String title() {
        Path f = files.currentFileProperty().get();
        ExperimentSpec s = compose.specProperty().get();
        String name = f != null ? f.getFileName().toString() : s != null ? s.name() : "untitled";
        return "GradFlow — " + name + (files.dirtyBinding().get() ? " •" : "");
    }

    /** The live-settings bar edits the same learning rate, optimiser, clipping and L1/L2 as the compose panel. */
    private void bindLiveSettings(LiveSettingsViewModel live) {
        var t = compose.training();
        live.learningRateProperty().bindBidirectional(t.learningRateProperty());
        live.optimizerProperty().bindBidirectional(t.optimizerProperty());
        live.clipProperty().bindBidirectional(t.clipProperty());
        live.clipThresholdProperty().bindBidirectional(t.clipThresholdProperty());
        live.l1Property().bindBidirectional(t.l1Property());
        live.l2Property().bindBidirectional(t.l2Property());
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
