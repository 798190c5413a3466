package org.gradflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gradflow.charts.ChartExport;
import org.gradflow.charts.ChartKind;
import org.gradflow.charts.ChartOptions;
import org.gradflow.charts.Charts;
import org.gradflow.diagnostics.History;
import org.jfree.chart.JFreeChart;

/**
 * Writes every chart of a run into a folder: {@code NAME.png} per chart kind (and {@code NAME.svg}), and for the
 * per-layer histogram charts one file per shown layer, {@code NAME-layerK.png} with K counted from 1 at the input
 * side (the first and the last layer).
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** @return the files written, in order */
    public static List<Path> writeAll(History history, Path dir, boolean svg) throws IOException {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(dir, "dir");
        List<Path> written = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            if (kind.usesLayer()) {
                int layers = Math.max(1, history.layerCount());
                for (int layer : layers == 1 ? new int[] {0} : new int[] {0, layers - 1}) {
                    write(Charts.build(kind, history, ChartOptions.DEFAULT.withLayer(layer)), dir,
                            kind.fileBaseName() + "-layer" + (layer + 1), svg, written);
                }
            } else {
                write(Charts.build(kind, history, ChartOptions.DEFAULT), dir, kind.fileBaseName(), svg, written);
            }
        }
        return written;
    }

    private static void write(JFreeChart chart, Path dir, String base, boolean svg, List<Path> written)
            throws IOException {
        Path png = dir.resolve(base + ".png");
        ChartExport.writePng(chart, png);
        written.add(png);
        if (svg) {
            Path file = dir.resolve(base + ".svg");
            ChartExport.writeSvg(chart, file, ChartExport.DEFAULT_WIDTH, ChartExport.DEFAULT_HEIGHT);
            written.add(file);
        }
    }
}
