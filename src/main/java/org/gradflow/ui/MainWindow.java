package org.gradflow.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.Node;
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
import org.gradflow.ui.files.DataPermissions;
import org.gradflow.ui.files.FileActions;
import org.gradflow.ui.files.FxDialogs;
import org.gradflow.ui.files.Preset;
import org.gradflow.ui.files.RecentFiles;
import org.gradflow.ui.recovery.Autosave;
import org.gradflow.ui.recovery.Recovery;
import org.gradflow.ui.recovery.RecoveryStore;
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
    /** Opens when the window's content is laid out and drawn. */
    private final Gate drawn = new Gate();
    /** Opens when, after that, the charts' drawing code is warmed up. */
    private final Gate warmedUp = new Gate();
    private final DataPermissions permissions;
    private Autosave autosave;
    private Recovery recovery;
    private Runnable exitAction = Platform::exit;
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
        permissions = new DataPermissions(dialogs, () -> stage);
        session.setDataAccess(permissions);
        session.addListener(permissions);
        files.setOnDocument(spec -> permissions.documentLoaded(spec == null ? null : spec.dataset()));
        loopActive = training.stateProperty().isEqualTo(TrainingState.RUNNING)
                .or(training.stateProperty().isEqualTo(TrainingState.PAUSED));
        training.specValidProperty().bind(compose.validProperty());
        compose.lockedProperty().bind(training.hasRunProperty());
        compose.selectedLayerProperty().bindBidirectional(dashboardModel.selectedLayerProperty());
        LiveSettingsLink.bind(live, compose.training());
        StartupTrace.mark("view models");

        root.setTop(new VBox(MainMenu.build(files, recent, presets, training, dashboardModel, loopActive,
                this::freshSpec, this::quit, () -> HelpDialog.show(stage)), new TrainingControls(training, live).node()));
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
            drawn.open();
            started().thenRun(this::contentDone);
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
                    drawn.open();
                    started().thenRun(MainWindow.this::contentDone);
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

    /**
     * Opens {@code file} (from the command line) as soon as the window's content is drawn (reading it overlaps the
     * charts' warm-up), and optionally trains it when it opened and the warm-up is done.
     */
    public void openAtStart(Path file, boolean train) {
        drawn.then(() -> files.openNow(file).thenAccept(ok -> Platform.runLater(() -> {
            if (train && ok) {
                afterContent(training::train);
            }
        })));
    }

    private void contentDone() {
        StartupTrace.mark("charts warmed up");
        warmedUp.open();
    }

    /** Runs {@code r} on the JavaFX thread once the content is in the window and warmed up (at once when it is). */
    public void afterContent(Runnable r) {
        warmedUp.then(r);
    }

    /** Starts training the experiment shown (for {@code --train} without a file). */
    public void trainNow() {
        afterContent(training::train);
    }

    /** @param dark whether to use the dark theme */
    public void setDark(boolean dark) {
        dashboardModel.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT);
    }

    /**
     * Turns on crash recovery: once the content is ready, offers to restore the work of a session that crashed, then
     * autosaves unsaved work every {@code interval}. A clean exit ({@link #close()}) removes the recovery file.
     *
     * @return completes on the JavaFX thread with whether autosaved work was restored
     */
    public CompletableFuture<Boolean> startRecovery(RecoveryStore store, javafx.util.Duration interval) {
        autosave = new Autosave(store, interval, files::snapshot, files.dirtyBinding(),
                () -> files.currentFileProperty().get(), problem -> dialogs.error("Autosave failed", problem));
        session.addListener(autosave);
        autosave.watch(compose.specProperty());
        recovery = new Recovery(store, files, autosave, dialogs, () -> stage);
        CompletableFuture<Boolean> restored = new CompletableFuture<>();
        // Not inside the animation pulse that opens the gate: the question waits for an answer.
        drawn.then(() -> Platform.runLater(() -> recovery.offer().thenAccept(restored::complete)));
        return restored;
    }

    /** Asks about unsaved changes, then closes the window and stops the background threads. */
    public void quit() {
        files.whenChangesSettled(this::close);
    }

    /** Closes without asking, then exits the application ({@link #setExitAction}). */
    public void close() {
        dispose();
        exitAction.run();
    }

    /**
     * Closes the window without asking: stops autosaving and removes the recovery file (a clean exit), stops the
     * training loop after its current step, frees the run's memory and ends the app's background threads.
     */
    public void dispose() {
        if (autosave != null) {
            autosave.close();
        }
        session.shutdown();
        if (dashboard != null) {
            dashboard.shutdown();
        }
        files.shutdown();
        stage.close();
    }

    /** @param action what {@link #close()} does after closing the window (default: exit JavaFX); not {@code null} */
    public void setExitAction(Runnable action) {
        this.exitAction = Objects.requireNonNull(action, "action");
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

    /** @return the autosave, or {@code null} before {@link #startRecovery} */
    public Autosave autosave() {
        return autosave;
    }

    /** @return the crash recovery, or {@code null} before {@link #startRecovery} */
    public Recovery recovery() {
        return recovery;
    }

    public DataPermissions dataPermissions() {
        return permissions;
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

    /** @return the folder of the current file (a CSV dataset's path is relative to it), else the working folder */
    private Path baseDir() {
        Path f = files == null ? null : files.currentFileProperty().get();
        return f == null ? Path.of("").toAbsolutePath() : f.getParent();
    }

    private void spaceToPause(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown()
                || stage.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        training.togglePause();
        e.consume();
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
