package org.gradflow.ui.dashboard;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.ui.train.Problems;
import org.gradflow.ui.train.RunEnd;
import org.gradflow.ui.train.RunEvent;
import org.gradflow.ui.train.RunInfo;
import org.gradflow.ui.train.RunListener;
import org.jfree.data.Range;

/**
 * The live dashboard: every chart of the charts package in a grid or in tabs ({@link DashboardModel}), fed from the
 * run's steps once per frame, redrawn by a {@link RedrawScheduler} within a frame budget, plus the layer inspector.
 * Listens to runs as a {@link RunListener}; {@link #frame(long)} is the per-frame hook. JavaFX thread only.
 */
public final class DashboardView implements RunListener, DashboardHost {
    /** Least time between two redraws of one chart: twice a second. */
    static final long MIN_REDRAW_NANOS = 500_000_000L;
    /** Frame time after which no further chart starts redrawing in that frame. */
    static final long FRAME_BUDGET_NANOS = 4_000_000L;
    /** Steps kept to replay into charts rebuilt while training went on. */
    static final int RECENT_STEPS = 4096;

    private final DashboardModel model;
    private final ObservableList<RunEvent> events;
    private final ExportDialogs dialogs;
    private final ChartBuilder builder = new ChartBuilder();
    private final ChartExporter exporter = new ChartExporter(builder);
    private final Map<ChartKind, ChartSlot> slots = new EnumMap<>(ChartKind.class);
    private final ArrayDeque<StepStats> recent = new ArrayDeque<>();
    private final RedrawScheduler scheduler = new RedrawScheduler(MIN_REDRAW_NANOS, FRAME_BUDGET_NANOS,
            System::nanoTime);
    private final LayerInspector inspector;
    private final DashboardLayoutView layoutView;
    private History history;
    private ExperimentSpec spec;
    private int generation;
    private boolean live;

    /**
     * @param model the arrangement, theme and selected layer, not {@code null}
     * @param events the user's events of the run (from the training view model), not {@code null}
     * @param dialogs file choosers and messages for exports, not {@code null}
     */
    public DashboardView(DashboardModel model, ObservableList<RunEvent> events, ExportDialogs dialogs) {
        this.model = Objects.requireNonNull(model, "model");
        this.events = Objects.requireNonNull(events, "events");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        for (ChartKind k : ChartKind.values()) {
            slots.put(k, new ChartSlot(k, this));
        }
        inspector = new LayerInspector(this);
        layoutView = new DashboardLayoutView(model, slots, inspector.node(), this::publishVisible);
        events.addListener((ListChangeListener<RunEvent>) c -> redecorateAll());
        model.selectedLayerProperty().addListener((o, a, b) -> selectionChanged());
        model.themeProperty().addListener((o, a, b) -> {
            allSlots().forEach(s -> s.rebuild(true));
            showInspector();
        });
    }

    /**
     * Draws every chart's "no steps recorded yet" state (on the chart thread), for the start without a run, and warms
     * the drawing code up.
     *
     * @return completes on the JavaFX thread when the warm-up is done
     */
    public CompletableFuture<Void> showEmptyCharts() {
        if (history == null) {
            allSlots().forEach(s -> s.rebuild(false));
        }
        return DrawingWarmUp.start(builder);
    }

    /** @return the dashboard's node */
    public Node node() {
        return layoutView.node();
    }

    // ---- frames ------------------------------------------------------------------------------------------------

    /**
     * Per-frame hook: redraws visible charts with new data within the frame budget and starts due rebuilds.
     *
     * @param frameTime the frame's time stamp (unused: intervals are measured with {@link System#nanoTime()})
     */
    public void frame(long frameTime) {
        List<ChartSlot> visible = visibleSlots();
        scheduler.run(visible);
        long now = System.nanoTime();
        for (ChartSlot s : visible) {
            s.maybeRebuild(now);
        }
    }

    private void publishVisible() {
        updateVisibility();
        long now = System.nanoTime();
        for (ChartSlot s : visibleSlots()) {
            if (s.wantsPublish(now, 0)) {
                s.publish(now);
            }
            s.maybeRebuild(now);
        }
    }

    /** Tells every slot whether it is on screen now. */
    private void updateVisibility() {
        var shown = model.visibleKinds();
        for (ChartSlot s : slots.values()) {
            s.setVisible(shown.contains(s.kind()));
        }
        for (ChartSlot s : inspector.slots()) {
            s.setVisible(inspector.layer() >= 0);
        }
    }

    private List<ChartSlot> visibleSlots() {
        List<ChartSlot> visible = new ArrayList<>();
        for (ChartKind k : model.visibleKinds()) {
            visible.add(slots.get(k));
        }
        if (inspector.layer() >= 0) {
            visible.addAll(inspector.slots());
        }
        return visible;
    }

    private List<ChartSlot> allSlots() {
        List<ChartSlot> all = new ArrayList<>(slots.values());
        all.addAll(inspector.slots());
        return all;
    }

    // ---- runs ----------------------------------------------------------------------------------------------------

    @Override
    public void runStarted(RunInfo info) {
        spec = info.spec();
        history = info.history();
        setLive(info.live());
        generation++;
        recent.clear();
        if (model.selectedLayerProperty().get() >= spec.network().layers().size()) {
            model.selectedLayerProperty().set(-1);
        }
        if (info.history().stepCount() == 0) {
            allSlots().forEach(ChartSlot::awaitSteps);
        } else {
            allSlots().forEach(s -> s.rebuild(false));
        }
        showInspector();
    }

    /** @param running whether a live run trains now: charts are then built one at a time */
    private void setLive(boolean running) {
        live = running;
        builder.setTraining(running);
    }

    @Override
    public void stepsArrived(List<StepStats> steps) {
        for (StepStats s : steps) {
            if (recent.size() == RECENT_STEPS) {
                recent.removeFirst();
            }
            recent.addLast(s);
        }
        for (ChartSlot s : allSlots()) {
            s.accept(steps);
        }
        inspector.accept(steps, System.nanoTime());
    }

    @Override
    public void runEnded(RunEnd end) {
        setLive(false);
        publishVisible();
        allSlots().forEach(s -> s.rebuild(true));
    }

    @Override
    public void runCleared() {
        setLive(false);
        history = null;
        generation++;
        recent.clear();
        allSlots().forEach(ChartSlot::clear);
        model.selectedLayerProperty().set(-1);
    }

    private void selectionChanged() {
        for (ChartSlot s : allSlots()) {
            if (s.kind().usesLayer()) {
                s.rebuild(true);
            } else {
                s.redecorate();
            }
        }
        showInspector();
        Platform.runLater(this::publishVisible);
    }

    private void redecorateAll() {
        allSlots().forEach(ChartSlot::redecorate);
        Platform.runLater(this::publishVisible);
    }

    private void showInspector() {
        int layer = model.selectedLayerProperty().get();
        boolean show = layer >= 0 && history != null && spec != null && layer < spec.network().layers().size();
        if (show) {
            inspector.show(layer, spec, history, model.themeProperty().get());
        } else {
            inspector.hide();
        }
        layoutView.showInspector(show);
        updateVisibility();
    }

    // ---- exports -------------------------------------------------------------------------------------------------

    /**
     * Writes every chart of the run as PNG into {@code dir} (histograms of the selected layer, or of the first and
     * last layer).
     *
     * @return the files written; fails when there is no run or a file cannot be written
     */
    public CompletableFuture<List<Path>> exportAll(Path dir) {
        if (history == null || history.layerCount() == 0) {
            return CompletableFuture.failedFuture(new IllegalStateException("there is no recorded run to export"));
        }
        int layers = history.layerCount();
        int selected = model.selectedLayerProperty().get();
        List<Integer> histogramLayers = selected >= 0 && selected < layers ? List.of(selected)
                : layers == 1 ? List.of(0) : List.of(0, layers - 1);
        return exporter.exportAll(history, this::options, histogramLayers, List.copyOf(events), dir);
    }

    @Override
    public void export(ChartKind kind, String format, Range[] zoom) {
        if (history == null) {
            dialogs.error("Nothing to export", "Train or open a run first: there is no chart to export yet.");
            return;
        }
        Optional<Path> file = dialogs.chooseFile("Export " + kind.title(), kind.fileBaseName() + "." + format,
                format);
        file.ifPresent(f -> exporter.export(kind, history, options(kind), List.copyOf(events), zoom, f, format)
                .whenComplete((path, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        dialogs.error("Export failed", "Could not write " + f + ": " + Problems.describe(error));
                    } else {
                        layoutView.notice("Exported " + path.getFileName());
                    }
                })));
    }

    @Override
    public void copyImage(ChartKind kind, Range[] zoom) {
        if (history == null) {
            return;
        }
        exporter.image(kind, history, options(kind), List.copyOf(events), zoom, 1200, 750)
                .whenComplete((BufferedImage image, Throwable error) -> Platform.runLater(() -> {
                    if (error != null) {
                        dialogs.error("Copy failed", Problems.describe(error));
                        return;
                    }
                    ClipboardContent content = new ClipboardContent();
                    content.putImage(SwingFXUtils.toFXImage(image, null));
                    Clipboard.getSystemClipboard().setContent(content);
                    layoutView.notice("Copied the " + kind.title().toLowerCase() + " chart");
                }));
    }

    // ---- DashboardHost -------------------------------------------------------------------------------------------

    @Override
    public History history() {
        return history;
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public ChartOptions options(ChartKind kind) {
        int layers = history == null ? 0 : history.layerCount();
        int layer = Math.max(0, Math.min(model.selectedLayerProperty().get(), layers - 1));
        return ChartOptions.DEFAULT.withTheme(model.themeProperty().get()).withLayer(layer);
    }

    @Override
    public ChartBuilder builder() {
        return builder;
    }

    @Override
    public List<StepStats> recentSteps() {
        return List.copyOf(recent);
    }

    @Override
    public List<RunEvent> events() {
        return events;
    }

    @Override
    public boolean training() {
        return live;
    }

    @Override
    public int selectedLayer() {
        return model.selectedLayerProperty().get();
    }

    @Override
    public void selectLayer(int layer) {
        model.selectedLayerProperty().set(layer);
    }

    @Override
    public void report(String problem) {
        layoutView.notice(problem);
    }

    // ---- for tests -------------------------------------------------------------------------------------------------

    /** @return the slot of a chart kind (package tests and the app's tests through {@link #liveSeries}) */
    ChartSlot slot(ChartKind kind) {
        return slots.get(kind);
    }

    /**
     * @param kind a trend chart kind
     * @return per series of the live dataset, the number of items (for example one series per layer); empty when
     *         the chart holds no live data
     */
    public List<Integer> liveSeries(ChartKind kind) {
        LiveBandDataset d = slots.get(kind).liveData();
        List<Integer> counts = new ArrayList<>();
        if (d != null) {
            for (int s = 0; s < d.getSeriesCount(); s++) {
                counts.add(d.getItemCount(s));
            }
        }
        return counts;
    }

    /**
     * @param kind a trend chart kind
     * @return the last step of each series of the live dataset (empty without live data)
     */
    public List<Double> liveLastSteps(ChartKind kind) {
        LiveBandDataset d = slots.get(kind).liveData();
        List<Double> last = new ArrayList<>();
        if (d != null) {
            for (int s = 0; s < d.getSeriesCount(); s++) {
                last.add(d.lastX(s));
            }
        }
        return last;
    }

    /** @return the chart shown for a kind, or {@code null} */
    public org.jfree.chart.JFreeChart chart(ChartKind kind) {
        return slots.get(kind).chart();
    }

    /** Stops the chart thread. */
    public void shutdown() {
        builder.shutdown();
    }
}
