package org.gradflow.ui.dashboard;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.gradflow.charts.ChartKind;
import org.gradflow.ui.train.OpenTrace;
import org.gradflow.ui.train.SlowLog;
import org.gradflow.charts.ChartOptions;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;

/**
 * One chart of the dashboard: a {@link ChartViewer} (zoom by dragging, pan with Ctrl+drag, mouse wheel) showing a
 * chart built from the History and then fed live by its {@link ChartFeed}, with hover tooltips, click-to-select a
 * layer, the user's event markers, the selected layer's highlight, and a context menu (Export PNG, Export SVG, Copy
 * image, Reset zoom). JavaFX thread only.
 */
final class ChartSlot implements RedrawScheduler.Target {
    private static final double HOVER_PIXELS = 14;
    /** Most columns of a heatmap drawn in the dashboard. */
    static final int MAX_BLOCK_COLUMNS = 160;
    /** Shown when there is no run: charts say "no steps recorded yet". */
    private static final History NO_RUN = new History();

    private final ChartKind kind;
    private final DashboardHost host;
    private final ChartViewer viewer = new ChartViewer(null, false);
    private final Tooltip tooltip = new Tooltip();
    private ChartFeed feed;
    private JFreeChart chart;
    private LayerHighlight highlight;
    private List<ValueMarker> markers = new ArrayList<>();
    private boolean builtEmpty = true;
    private boolean visible = true;
    private boolean stale;
    private boolean staleKeepZoom;
    private Pending pending;
    private Range builtDomain;
    private boolean building;
    private boolean buildAgain;
    private boolean dirty;
    private boolean grew;
    private long lastPublish;
    private long lastBuild;
    private int publishes;

    /**
     * @param kind the chart shown, not {@code null}
     * @param host the dashboard's shared state and services, not {@code null}
     */
    ChartSlot(ChartKind kind, DashboardHost host) {
        this(kind, host, "");
    }

    /** As {@link #ChartSlot(ChartKind, DashboardHost)}, with a prefix for the viewer's id ("chart-KIND"). */
    ChartSlot(ChartKind kind, DashboardHost host, String idPrefix) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.host = Objects.requireNonNull(host, "host");
        this.feed = ChartFeed.of(kind);
        viewer.setId(idPrefix + "chart-" + kind.fileBaseName());
        viewer.getStyleClass().add("chart-viewer");
        viewer.getCanvas().setTooltipEnabled(false);
        viewer.setMinSize(120, 90);
        tooltip.setShowDelay(Duration.ZERO);
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        viewer.setOnContextMenuRequested(e -> {
            menu().show(viewer, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    ChartKind kind() {
        return kind;
    }

    ChartViewer viewer() {
        return viewer;
    }

    /** @return the chart shown, {@code null} before the first build */
    JFreeChart chart() {
        return chart;
    }

    /** @return how many times the live data was published (redrawn) since the slot was made */
    int publishes() {
        return publishes;
    }

    /** @return the live trend dataset when this is a trend chart with data, else {@code null} */
    LiveBandDataset liveData() {
        return feed instanceof TrendFeed t ? t.data() : null;
    }

    // ---- building -----------------------------------------------------------------------------------------------

    /**
     * Rebuilds the chart from the History on the chart thread and shows it.
     *
     * @param keepZoom whether to keep the axis ranges the user zoomed to
     */
    void rebuild(boolean keepZoom) {
        if (!visible) {
            staleKeepZoom = stale ? staleKeepZoom && keepZoom : keepZoom;
            stale = true;
            return;
        }
        History history = host.history() != null ? host.history() : NO_RUN;
        if (building) {
            buildAgain = true;
            return;
        }
        building = true;
        lastBuild = System.nanoTime();
        grew = false;
        int generation = host.generation();
        boolean empty = history.layerCount() == 0;
        ChartOptions options = host.options(kind);
        host.builder().build(kind, history, options).thenApply(c -> {
            BlockThinning.thin(c, MAX_BLOCK_COLUMNS);
            ImageBlockRenderer.install(c);
            return c;
        }).whenComplete((built, error) -> Platform.runLater(() -> {
            building = false;
            if (generation != host.generation()) {
                if (buildAgain) { // a newer run asked for a build while this stale one ran
                    buildAgain = false;
                    rebuild(false);
                }
                return;
            }
            if (error != null) {
                host.report("The " + kind.title().toLowerCase() + " chart could not be drawn: " + error);
            } else if (host.training()) {
                pending = new Pending(built, empty, keepZoom); // shown by publish(), one chart per frame
            } else {
                install(built, empty, keepZoom);
            }
            if (buildAgain) {
                buildAgain = false;
                rebuild(true);
            }
        }));
    }

    /** Shows the empty chart (no run). */
    void clear() {
        dirty = false;
        grew = false;
        pending = null;
        rebuild(false);
    }

    /**
     * A new run without steps starts: the chart is rebuilt when its first steps arrive (building the "no steps yet"
     * chart now would only add a redraw to the run's first frames).
     */
    void awaitSteps() {
        builtEmpty = true;
        pending = null;
        dirty = false;
        grew = false;
    }

    /**
     * Tells the slot whether its chart is on screen. Hidden charts are not rebuilt (a rebuild is remembered and made
     * when the chart shows again) and not redrawn.
     */
    void setVisible(boolean shown) {
        visible = shown;
        if (shown && stale) {
            stale = false;
            rebuild(staleKeepZoom);
        }
    }

    /** A chart built on the chart thread, waiting for a frame to be shown in. */
    private record Pending(JFreeChart chart, boolean empty, boolean keepZoom) {
    }

    private void install(JFreeChart built, boolean empty, boolean keepZoom) {
        Range[] zoom = keepZoom && chart != null && zoomed() ? ranges(chart) : null;
        feed = ChartFeed.of(kind);
        feed.adopt(built, !host.training());
        XYPlot plot = built.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            XYItemRenderer r = plot.getRenderer(i);
            if (r instanceof org.jfree.chart.renderer.AbstractRenderer a) {
                a.setDefaultCreateEntities(false, false);
            }
        }
        ChartFonts.shrink(built);
        chart = built;
        builtEmpty = empty;
        highlight = new LayerHighlight(kind, plot, host.options(kind).theme());
        markers = new ArrayList<>();
        for (StepStats s : host.recentSteps()) {
            feed.accept(s);
        }
        built.setNotify(false);
        feed.publish();
        decorate();
        if (zoom != null) {
            plot.getDomainAxis().setRange(zoom[0], true, false);
            plot.getRangeAxis().setRange(zoom[1], true, false);
        }
        built.setNotify(true);
        builtDomain = zoom == null ? plot.getDomainAxis().getRange() : null;
        long t0 = System.nanoTime();
        viewer.setChart(built);
        SlowLog.report("show " + kind.fileBaseName(), t0);
        OpenTrace.mark("chart installed: " + kind.fileBaseName());
        dirty = false;
        lastPublish = System.nanoTime();
    }

    private boolean zoomed() {
        if (feed instanceof TrendFeed t) {
            return !t.following();
        }
        return builtDomain != null && !builtDomain.equals(chart.getXYPlot().getDomainAxis().getRange());
    }

    private static Range[] ranges(JFreeChart c) {
        XYPlot p = c.getXYPlot();
        return new Range[] {p.getDomainAxis().getRange(), p.getRangeAxis().getRange()};
    }

    // ---- live updates -----------------------------------------------------------------------------------------

    /** Takes a frame's steps into the chart's datasets (no redraw). */
    void accept(List<StepStats> steps) {
        if (chart == null || builtEmpty) {
            if (!building && pending == null) {
                rebuild(false);
            }
            return;
        }
        for (StepStats s : steps) {
            dirty |= feed.accept(s);
        }
        grew = true;
    }

    @Override
    public long lastPublish() {
        return lastPublish;
    }

    /** @return whether the chart has changes to show and its last redraw is at least {@code minNanos} old */
    @Override
    public boolean wantsPublish(long now, long minNanos) {
        return visible && (pending != null || dirty && chart != null && now - lastPublish >= minNanos);
    }

    /** Redraws the chart once with everything accepted since the last redraw. */
    @Override
    public void publish(long now) {
        long t0 = System.nanoTime();
        if (pending != null) {
            Pending p = pending;
            pending = null;
            install(p.chart(), p.empty(), p.keepZoom());
            publishes++;
            return;
        }
        chart.setNotify(false);
        try {
            feed.publish();
        } finally {
            chart.setNotify(true);
        }
        SlowLog.report("redraw " + kind.fileBaseName(), t0);
        dirty = false;
        lastPublish = now;
        publishes++;
    }

    /** Starts a periodic rebuild if this kind needs one and it is due. */
    void maybeRebuild(long now) {
        long every = feed.rebuildEveryNanos();
        if (every > 0 && grew && !building && pending == null && chart != null && now - lastBuild >= every) {
            rebuild(true);
        }
    }

    /** Re-applies the event markers and the selected layer after they changed; redrawn at the next publish. */
    void redecorate() {
        if (chart == null) {
            return;
        }
        chart.setNotify(false); // stays off until publish() turns it on, which redraws once
        decorate();
        dirty = true;
    }

    private void decorate() {
        XYPlot plot = chart.getXYPlot();
        UiMarkers.remove(plot, markers);
        markers = stepAxis() ? UiMarkers.add(plot, host.events(), host.options(kind).theme()) : new ArrayList<>();
        highlight.select(host.selectedLayer());
    }

    private boolean stepAxis() {
        return kind != ChartKind.GRADIENT_FLOW && kind != ChartKind.ACTIVATIONS;
    }

    // ---- mouse ------------------------------------------------------------------------------------------------

    private PointFinder.Hit hitAt(MouseEvent e) {
        if (chart == null || viewer.getRenderingInfo() == null) {
            return null;
        }
        Rectangle2D area = viewer.getRenderingInfo().getPlotInfo().getDataArea();
        if (kind == ChartKind.GRADIENT_FLOW || kind == ChartKind.ACTIVATIONS) {
            return PointFinder.column(chart.getXYPlot(), area, e.getX(), e.getY());
        }
        return PointFinder.find(chart.getXYPlot(), area, e.getX(), e.getY(), HOVER_PIXELS);
    }

    private void hover(MouseEvent e) {
        PointFinder.Hit hit = hitAt(e);
        if (hit == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(PointText.describe(kind, chart.getXYPlot(), hit));
        tooltip.show(viewer, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        PointFinder.Hit hit = hitAt(e);
        int layer = hit == null ? -1 : PointText.layerOf(kind, hit);
        if (layer >= 0) {
            host.selectLayer(layer);
        }
    }

    private ContextMenu menu() {
        MenuItem png = new MenuItem("Export PNG…");
        png.setOnAction(e -> host.export(kind, "png", visibleRanges()));
        MenuItem svg = new MenuItem("Export SVG…");
        svg.setOnAction(e -> host.export(kind, "svg", visibleRanges()));
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> host.copyImage(kind, visibleRanges()));
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(e -> rebuild(false));
        ContextMenu menu = new ContextMenu(png, svg, copy, new SeparatorMenuItem(), reset);
        menu.setId("chartMenu-" + kind.fileBaseName());
        return menu;
    }

    /** @return the axis ranges the user zoomed to, or {@code null} when the chart shows everything */
    Range[] visibleRanges() {
        return chart != null && zoomed() ? ranges(chart) : null;
    }
}
