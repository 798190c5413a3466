package org.gradflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradflow.cli.ChartFiles;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.Series;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.run.RunFiles;

/**
 * How long a saved run takes to reopen, and to draw: {@code ReopenTiming SAVED.json [LOAD_RUNS [CHART_RUNS
 * [CHARTS_DIR]]]} reads the file {@code LOAD_RUNS} times (default 5) as the app and {@code gradflow charts} do (parse
 * and check the JSON, then decode the History), then writes every chart {@code CHART_RUNS} times (default 3) into
 * {@code CHARTS_DIR} (default: a temporary folder). It
 * prints each time (wall clock, and the loading thread's CPU time, which a busy machine inflates less), the first (cold)
 * one and the median, and the step range the reopened loss series covers.
 * Not a test: timings are reported, never asserted (docs/reliability.md).
 */
public final class ReopenTiming {
    private ReopenTiming() {
    }

    public static void main(String[] args) throws IOException, ExperimentFileException {
        if (args.length < 1) {
            System.err.println("usage: ReopenTiming SAVED.json [LOAD_RUNS [CHART_RUNS [CHARTS_DIR]]]");
            System.exit(2);
        }
        Path saved = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chartRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path charts = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("gradflow-reopen");
        Files.createDirectories(charts);
        System.out.printf(Locale.ROOT, "%s: %.1f MB; %s%n", saved, Files.size(saved) / 1e6, Machine.uptime());
        List<Double> parse = new ArrayList<>();
        List<Double> decode = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        History history = null;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ExperimentFile file = ExperimentFiles.load(saved);
            long t1 = System.nanoTime();
            history = RunFiles.history(file, saved.toString());
            long t2 = System.nanoTime();
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e9);
            if (history == null) {
                throw new IllegalArgumentException(saved + " has no recorded history");
            }
            parse.add((t1 - t0) / 1e9);
            decode.add((t2 - t1) / 1e9);
            total.add((t2 - t0) / 1e9);
            System.out.printf(Locale.ROOT, "load %d: %.3f s (JSON read and checked %.3f s, History decoded %.3f s); "
                    + "CPU time of the loading thread %.3f s%n", i + 1, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    cpu.get(i));
        }
        Series loss = history.stepSeries(StepMetric.LOSS);
        System.out.printf(Locale.ROOT, "reopened: %,d steps recorded, loss series of %,d points from step %,d to %,d%n",
                history.stepCount(), loss.size(), loss.stepStart(0), loss.stepEnd(loss.size() - 1));
        List<Double> draw = new ArrayList<>();
        for (int i = 0; i < chartRuns; i++) {
            long t0 = System.nanoTime();
            int files = ChartFiles.writeAll(history, charts, false).size();
            double s = (System.nanoTime() - t0) / 1e9;
            draw.add(s);
            System.out.printf(Locale.ROOT, "charts %d: %d PNG files in %.3f s%n", i + 1, files, s);
        }
        System.out.printf(Locale.ROOT, "load: first %.3f s, median %.3f s (JSON median %.3f s, History median %.3f s); "
                + "CPU time: first %.3f s, median %.3f s%n", total.get(0), median(total), median(parse), median(decode),
                cpu.get(0), median(cpu));
        if (!draw.isEmpty()) {
            System.out.printf(Locale.ROOT, "charts: first %.3f s, median %.3f s%n", draw.get(0), median(draw));
        }
        System.out.println(Machine.uptime());
        System.exit(0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
