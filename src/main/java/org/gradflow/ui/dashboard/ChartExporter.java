package org.gradflow.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.gradflow.charts.ChartExport;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.gradflow.ui.train.RunEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Writes charts to files and images on the chart thread: each export builds the chart afresh from the History (at
 * full resolution, not the live decimated one), adds the user's event markers and, when given, the zoomed ranges.
 */
public final class ChartExporter {
    private final ChartBuilder builder;

    /** @param builder the chart thread, not {@code null} */
    public ChartExporter(ChartBuilder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * @param format "png" or "svg"
     * @param zoom domain and range to show, or {@code null} for the whole chart
     * @return the file written
     */
    public CompletableFuture<Path> export(ChartKind kind, History history, ChartOptions options, List<RunEvent> events,
                                          Range[] zoom, Path file, String format) {
        List<RunEvent> copy = List.copyOf(events);
        return builder.submit(() -> {
            write(chart(kind, history, options, copy, zoom), file, format);
            return file;
        });
    }

    /** @return the chart drawn into an image of {@code width} x {@code height} pixels */
    public CompletableFuture<BufferedImage> image(ChartKind kind, History history, ChartOptions options,
                                                  List<RunEvent> events, Range[] zoom, int width, int height) {
        List<RunEvent> copy = List.copyOf(events);
        return builder.submit(() -> ChartExport.render(chart(kind, history, options, copy, zoom), width, height, 1));
    }

    /**
     * Writes every chart as PNG into {@code dir}: {@code NAME.png} per kind; the histogram charts for the layers
     * {@code histogramLayers} returns for them ({@code NAME-layerK.png}, K from 1).
     *
     * @return the files written, in order
     */
    public CompletableFuture<List<Path>> exportAll(History history, Function<ChartKind, ChartOptions> options,
                                                   List<Integer> histogramLayers, List<RunEvent> events, Path dir) {
        List<RunEvent> copy = List.copyOf(events);
        List<Integer> layers = List.copyOf(histogramLayers);
        return builder.submit(() -> {
            List<Path> written = new ArrayList<>();
            for (ChartKind kind : ChartKind.values()) {
                if (kind.usesLayer()) {
                    for (int layer : layers) {
                        Path f = dir.resolve(kind.fileBaseName() + "-layer" + (layer + 1) + ".png");
                        write(chart(kind, history, options.apply(kind).withLayer(layer), copy, null), f, "png");
                        written.add(f);
                    }
                } else {
                    Path f = dir.resolve(kind.fileBaseName() + ".png");
                    write(chart(kind, history, options.apply(kind), copy, null), f, "png");
                    written.add(f);
                }
            }
            return written;
        });
    }

    private static JFreeChart chart(ChartKind kind, History history, ChartOptions options, List<RunEvent> events,
                                    Range[] zoom) {
        JFreeChart chart = Charts.build(kind, history, options);
        XYPlot plot = chart.getXYPlot();
        if (kind != ChartKind.GRADIENT_FLOW && kind != ChartKind.ACTIVATIONS) {
            UiMarkers.add(plot, events, options.theme());
        }
        if (zoom != null) {
            plot.getDomainAxis().setRange(zoom[0], true, false);
            plot.getRangeAxis().setRange(zoom[1], true, false);
        }
        return chart;
    }

    private static void write(JFreeChart chart, Path file, String format) {
        try {
            if ("svg".equals(format)) {
                ChartExport.writeSvg(chart, file, ChartExport.DEFAULT_WIDTH / 2 + 400, ChartExport.DEFAULT_HEIGHT / 2 + 250);
            } else {
                ChartExport.writePng(chart, file, ChartExport.DEFAULT_WIDTH / 2 + 400, ChartExport.DEFAULT_HEIGHT / 2
                        + 250, ChartExport.DEFAULT_SCALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
