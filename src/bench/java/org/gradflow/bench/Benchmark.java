package org.gradflow.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.gradflow.engine.BlasThreads;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.tensor.Precision;

/**
 * GradFlow's performance benchmark (see docs/performance.md). Run with {@code mvn -B -Pbench verify}; modes by
 * {@code -Dbench.mode}:
 * <ul>
 * <li>{@code table} (default): the steps-per-second table of the reference configurations R1 to R4, GradFlow with all
 * statistics (with and without recording into a History) and with statistics off, DL4J without listeners and with
 * StatsListener(1), all side by side in this JVM with OpenBLAS and OpenMP at 1 thread; then GFLOP/s against the
 * SGEMM rates of this machine, a per-step allocation check, and DL4J at its default threads in a child JVM.</li>
 * <li>{@code soak}: R1 with all statistics recorded into a History for {@code bench.soakSteps} steps (default
 * 100,000), reporting heap after GC, GC counts and off-heap memory at checkpoints.</li>
 * <li>{@code profile}: one column ({@code -Dbench.column=history|stats|off|dl4j|dl4j-stats}) of the first configuration
 * alone for {@code -Dbench.seconds} (default 30) after its warm-up, recorded by the JDK Flight Recorder (file in
 * java.io.tmpdir; {@code -Dbench.jfr=false} to attach another profiler) and by a plain stack sampler, and the time
 * shares of the step's parts printed by both (see {@link Profile}).</li>
 * <li>{@code cost}: the statistics cost on the training thread's CPU time, statistics on against off in alternating
 * blocks (see {@link StatsCostProbe}).</li>
 * <li>{@code dl4j-child}: internal, the default-threads DL4J row.</li>
 * </ul>
 * Speed targets are reported here, never asserted in a unit test.
 */
public final class Benchmark {
    static final String GF_HISTORY = "GradFlow all stats + History";
    static final String GF_STATS = "GradFlow all stats";
    static final String GF_OFF = "GradFlow stats off";
    static final String DL4J = "DL4J";
    static final String DL4J_STATS = "DL4J + StatsListener(1)";
    static final String CHILD_PREFIX = "CHILD|";

    private final PrintStream out = System.out;
    private final List<RefConfig> configs = RefConfig.select(System.getProperty("bench.configs", "R1,R2,R3,R4"));
    private final int runs = Math.max(1, Integer.getInteger("bench.runs", 5));
    private final double window = Double.parseDouble(System.getProperty("bench.window", "3"));

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "table");
        Benchmark b = new Benchmark();
        switch (mode) {
            case "table" -> b.table();
            case "soak" -> Soak.run(System.out, Long.getLong("bench.soakSteps", 100_000));
            case "profile" -> b.profile(System.getProperty("bench.column", "stats"),
                    Double.parseDouble(System.getProperty("bench.seconds", "30")));
            case "cost" -> StatsCostProbe.run(b.configs, System.out);
            case "dl4j-child" -> b.dl4jChild();
            default -> throw new IllegalArgumentException("bench.mode must be table, soak, profile, cost or dl4j-child, got "
                    + mode);
        }
        System.exit(0);
    }

    /** Results of one configuration. */
    record Result(RefConfig config, Map<String, Harness.Column> columns, GemmRates.Rate gemm,
                  Machine.OffHeap offHeapStats, Machine.OffHeap offHeapOff, int offHeapSteps, String loadBefore,
                  String loadAfter) {
        Stats rate(String column) {
            return columns.get(column).stepsPerSecond();
        }

        /**
         * @return the median over rounds of {@code a}'s rate divided by {@code b}'s in the same round (their windows lie
         *         within one round, seconds apart, so a slow drift of the load cancels)
         */
        double paired(String a, String b) {
            double[] ra = columns.get(a).rates;
            double[] rb = columns.get(b).rates;
            double[] q = new double[ra.length];
            for (int i = 0; i < q.length; i++) {
                q[i] = ra[i] / rb[i];
            }
            return Stats.of(q).median();
        }
    }

    private void table() throws IOException, InterruptedException {
        String ndDefaultThreads = Machine.threads();
        BlasThreads.set(1);
        out.println("# GradFlow benchmark, " + Instant.now());
        out.println();
        out.println("- machine: " + Machine.cpu());
        out.println("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Machine.mib(Runtime.getRuntime().maxMemory()));
        out.println("- threads at start: " + ndDefaultThreads + "; set for all columns: " + Machine.threads());
        out.println("- load at start: " + Machine.uptime());
        out.printf(Locale.ROOT, "- method: per configuration every column warmed up (at least the configuration's warm-up "
                + "steps and %.0f s, at most %.0f s), then %d rounds of one ~%.1f s window per column, columns "
                + "interleaved, order rotated each round; cells are the median steps/s (min–max of the %d runs)%n",
                Harness.MIN_WARMUP_SECONDS, Harness.MAX_WARMUP_SECONDS, runs, window, runs);
        out.println();

        List<Result> results = new ArrayList<>();
        GemmRates.Rate big = null;
        for (RefConfig c : configs) {
            out.println("## " + c.name() + ": " + c.describe() + " (" + c.parameters() + " parameters)");
            out.flush();
            results.add(measure(c));
            out.println();
        }
        out.println("## SGEMM 1024x1024x1024");
        big = GemmRates.measure(1024, 1024, 1024, runs, window, out);
        out.println();

        Map<String, Stats> defaultThreads = new LinkedHashMap<>();
        String childThreads = "";
        if (Boolean.parseBoolean(System.getProperty("bench.dl4jDefaultThreads", "true"))) {
            out.println("## DL4J at its default threads (child JVM without OMP_NUM_THREADS, OpenBLAS threads untouched)");
            out.flush();
            childThreads = runChild(defaultThreads);
            out.println();
        }
        String loadEnd = Machine.uptime();
        printTables(results, big, defaultThreads, childThreads, loadEnd);
    }

    private Result measure(RefConfig c) {
        String loadBefore = Machine.loadAverage();
        TrainingData data = c.data();
        GradFlowContender history = new GradFlowContender(GF_HISTORY, c, data, true, true);
        GradFlowContender stats = new GradFlowContender(GF_STATS, c, data, true, false);
        GradFlowContender off = new GradFlowContender(GF_OFF, c, data, false, false);
        Dl4jContender dl4j = new Dl4jContender(DL4J, c, data, off.trainer().network(), false);
        Dl4jContender dl4jStats = new Dl4jContender(DL4J_STATS, c, data, off.trainer().network(), true);
        BlasThreads.set(1);
        List<GemmRates.Gemm> gemms = GemmRates.contenders(c.batch(), c.width(), c.width());
        List<Contender> all = new ArrayList<>(List.of(history, stats, off, dl4j, dl4jStats));
        all.addAll(gemms);
        List<Contender> timed = new ArrayList<>();
        for (Contender x : all) {
            if (selected(x)) {
                timed.add(x);
            }
        }
        List<Harness.Column> cols = Harness.measure(timed, c.warmupSteps(), runs, window, out);
        for (Contender x : all) {
            if (!selected(x)) {
                cols.add(new Harness.Column(x, runs)); // not timed: NaN rates
            }
        }
        Map<String, Harness.Column> byName = new LinkedHashMap<>();
        for (Harness.Column col : cols) {
            byName.put(col.contender.name(), col);
        }
        GemmRates.Rate gemm = new GemmRates.Rate(c.batch(), c.width(), c.width(),
                GemmRates.gflops(byName.get(gemms.get(0).name())), GemmRates.gflops(byName.get(gemms.get(1).name())));
        dl4j.close();
        dl4jStats.close();
        // Off-heap check: GradFlow steps only, between settled readings (DL4J idle meanwhile).
        int checkSteps = (int) Math.max(10, Math.min(500, byName.get(GF_STATS).stepsPerSecond().median() * 2));
        Machine.OffHeap growthStats = Machine.offHeapGrowth(stats, checkSteps);
        Machine.OffHeap growthOff = Machine.offHeapGrowth(off, checkSteps);
        out.printf(Locale.ROOT, "  SGEMM %s: Nd4j.gemm %s GFLOP/s, cblas_sgemm %s GFLOP/s%n", gemm.shape(),
                gemm.nd4j().cell(), gemm.cblas().cell());
        String loadAfter = Machine.loadAverage();
        out.println("  load average before/after: " + loadBefore + " / " + loadAfter);
        return new Result(c, byName, gemm, growthStats, growthOff, checkSteps, loadBefore, loadAfter);
    }

    /** Steps one column alone for a while (for a profiler attached to this JVM). */
    private void profile(String column, double seconds) throws IOException, java.text.ParseException {
        BlasThreads.set(1);
        RefConfig c = configs.get(0);
        TrainingData data = c.data();
        Contender contender = switch (column) {
            case "history" -> new GradFlowContender(GF_HISTORY, c, data, true, true);
            case "stats" -> new GradFlowContender(GF_STATS, c, data, true, false);
            case "off" -> new GradFlowContender(GF_OFF, c, data, false, false);
            case "dl4j", "dl4j-stats" -> new Dl4jContender(column.equals("dl4j") ? DL4J : DL4J_STATS, c, data,
                    new Network(c.spec().network(), Precision.FLOAT32, c.batch(),
                            new SplittableRandom(c.spec().seed()).split()), column.equals("dl4j-stats"));
            default -> throw new IllegalArgumentException("bench.column must be history, stats, off, dl4j or dl4j-stats");
        };
        BlasThreads.set(1);
        out.println("profile " + c.name() + " / " + contender.name() + ": " + Machine.threads() + "; load "
                + Machine.loadAverage());
        for (int i = 0; i < c.warmupSteps(); i++) {
            contender.step();
        }
        boolean jfr = Boolean.parseBoolean(System.getProperty("bench.jfr", "true"));
        jdk.jfr.Recording recording = jfr ? Profile.start() : null;
        Profile.StackSampler sampler = new Profile.StackSampler(Thread.currentThread(), 5);
        long t0 = System.nanoTime();
        long steps = 0;
        while (System.nanoTime() - t0 < seconds * 1e9) {
            contender.step();
            steps++;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d steps in %.1f s: %.2f steps/s; load %s%n", steps, elapsed, steps / elapsed,
                Machine.loadAverage());
        try {
            sampler.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampler.print(out);
        if (recording != null) {
            Path file = Path.of(System.getProperty("java.io.tmpdir"), "gradflow-bench-" + c.name() + "-" + column + ".jfr");
            Profile.stopAndSummarize(recording, file, out);
        }
    }

    /** @return whether {@code -Dbench.columns} (history, stats, off, dl4j, dl4j-stats, gemm; default all) has it */
    private static boolean selected(Contender c) {
        String wanted = System.getProperty("bench.columns", "all");
        if (wanted.equals("all")) {
            return true;
        }
        String key = switch (c.name()) {
            case GF_HISTORY -> "history";
            case GF_STATS -> "stats";
            case GF_OFF -> "off";
            case DL4J -> "dl4j";
            case DL4J_STATS -> "dl4j-stats";
            default -> "gemm";
        };
        return java.util.Arrays.asList(wanted.split(",")).contains(key);
    }

    /** Runs the default-threads DL4J row in a child JVM; returns the thread settings it reported. */
    private String runChild(Map<String, Stats> into) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx3g");
        cmd.add("-Dbench.mode=dl4j-child");
        cmd.add("-Dbench.configs=" + String.join(",", configs.stream().map(RefConfig::name).toList()));
        cmd.add("-Dbench.runs=" + runs);
        cmd.add("-Dbench.window=" + window);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Benchmark.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("OMP_NUM_THREADS");
        Process p = pb.start();
        String threads = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(CHILD_PREFIX)) {
                    String[] f = line.substring(CHILD_PREFIX.length()).split("\\|");
                    if (f[0].equals("threads")) {
                        threads = f[1];
                    } else {
                        double[] rates = java.util.Arrays.stream(f[1].split(",")).mapToDouble(Double::parseDouble)
                                .toArray();
                        into.put(f[0], Stats.of(rates));
                    }
                } else {
                    out.println(line);
                }
            }
        }
        int rc = p.waitFor();
        if (rc != 0) {
            out.println("  (child JVM exited with " + rc + ")");
        }
        return threads;
    }

    /** The child JVM: DL4J only, at the default thread settings of ND4J and OpenBLAS. */
    private void dl4jChild() {
        out.println("  child: " + Machine.threads());
        out.println(CHILD_PREFIX + "threads|" + Machine.threads());
        for (RefConfig c : configs) {
            TrainingData data = c.data();
            // The same initial weights as the Trainer's (it splits its init random source off the seed first);
            // no Trainer here, because a Trainer sets the OpenBLAS threads to 1.
            Network init = new Network(c.spec().network(), Precision.FLOAT32, c.batch(),
                    new SplittableRandom(c.spec().seed()).split());
            Dl4jContender dl4j = new Dl4jContender(DL4J + " default threads", c, data, init, false);
            List<Harness.Column> cols = Harness.measure(List.of(dl4j), c.warmupSteps(), runs, window, out);
            StringBuilder rates = new StringBuilder();
            for (double r : cols.get(0).rates) {
                rates.append(rates.length() == 0 ? "" : ",").append(r);
            }
            out.println(CHILD_PREFIX + c.name() + "|" + rates);
            out.flush();
            dl4j.close();
        }
    }

    private void printTables(List<Result> results, GemmRates.Rate big, Map<String, Stats> defaultThreads,
                             String childThreads, String loadEnd) {
        out.println("## Results");
        out.println();
        out.println("Steps per second, median of " + runs + " runs (min–max); OpenMP and OpenBLAS at 1 thread:");
        out.println();
        out.println("| config | " + GF_HISTORY + " | " + GF_STATS + " | " + GF_OFF + " | " + DL4J + " | " + DL4J_STATS
                + " | load avg before / after |");
        out.println("|---|---|---|---|---|---|---|");
        for (Result r : results) {
            out.println("| " + r.config().name() + " | " + r.rate(GF_HISTORY).cell() + " | " + r.rate(GF_STATS).cell()
                    + " | " + r.rate(GF_OFF).cell() + " | " + r.rate(DL4J).cell() + " | " + r.rate(DL4J_STATS).cell()
                    + " | " + r.loadBefore() + " / " + r.loadAfter() + " |");
        }
        if (!defaultThreads.isEmpty()) {
            out.println();
            out.println("DL4J without listeners at its default threads (child JVM; " + childThreads + "), steps/s:");
            out.println();
            out.println("| config | DL4J default threads | DL4J 1 thread (above) |");
            out.println("|---|---|---|");
            for (Result r : results) {
                Stats s = defaultThreads.get(r.config().name());
                out.println("| " + r.config().name() + " | " + (s == null ? "n/a" : s.cell()) + " | "
                        + r.rate(DL4J).cell() + " |");
            }
        }

        out.println();
        out.println("Achieved GFLOP/s (6 x parameters x batch per step, median steps/s) and single-thread SGEMM "
                + "GFLOP/s on this machine (median (min–max)) at each configuration's hidden-layer product "
                + "[batch x width] x [width x width], and at 1024x1024x1024: Nd4j.gemm " + big.nd4j().cell()
                + ", cblas_sgemm " + big.cblas().cell() + ".");
        out.println();
        out.println("| config | parameters | GFLOP per step | GF all stats + History | GF all stats | GF stats off | DL4J "
                + "| SGEMM shape | Nd4j.gemm | cblas_sgemm |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            double f = r.config().flopsPerStep() / 1e9;
            out.println("| " + r.config().name() + " | " + r.config().parameters() + " | " + Stats.num(f) + " | "
                    + Stats.num(f * r.rate(GF_HISTORY).median()) + " | " + Stats.num(f * r.rate(GF_STATS).median())
                    + " | " + Stats.num(f * r.rate(GF_OFF).median()) + " | " + Stats.num(f * r.rate(DL4J).median())
                    + " | " + r.gemm().shape() + " | " + r.gemm().nd4j().cell() + " | " + r.gemm().cblas().cell() + " |");
        }

        out.println();
        out.println("Memory per step: Java heap allocated by the training thread per step (timed windows), and the "
                + "growth of off-heap memory over GradFlow-only steps between settled readings (GC and JavaCPP "
                + "deallocation before each): JavaCPP pointers and bytes, GradFlow matrices, ND4J ops executed.");
        out.println();
        out.println("| config | heap B/step GF+History | GF all stats | GF off | DL4J | DL4J+SL | off-heap growth, GF all "
                + "stats | off-heap growth, GF off |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            out.println("| " + r.config().name() + " | " + bytes(r, GF_HISTORY) + " | " + bytes(r, GF_STATS) + " | "
                    + bytes(r, GF_OFF) + " | " + bytes(r, DL4J) + " | " + bytes(r, DL4J_STATS) + " | "
                    + growth(r.offHeapStats(), r.offHeapSteps()) + " | " + growth(r.offHeapOff(), r.offHeapSteps())
                    + " |");
        }

        out.println();
        out.println("Targets. Each ratio is the median over the " + runs + " rounds of the ratio of the two columns' rates "
                + "in the same round (paired); in brackets the ratio of the medians of the table above. A = all stats + "
                + "History, S = all stats (Trainer only):");
        out.println();
        out.println("| config | all stats / DL4J+StatsListener(1), target >= 5 (R1-R3) | all stats / DL4J, target >= 2 (R1-R3) "
                + "| statistics cost (1 - all stats / stats off), target <= 15% | GF GFLOP/s / Nd4j.gemm GFLOP/s, R4 "
                + "target >= 70% |");
        out.println("|---|---|---|---|---|");
        for (Result r : results) {
            double f = r.config().flopsPerStep() / 1e9;
            String gemmName = "SGEMM Nd4j.gemm " + r.gemm().shape();
            double gemmFlops = 2.0 * r.gemm().m() * r.gemm().k() * r.gemm().n() / 1e9;
            double perGemm = f / gemmFlops; // gemm calls worth of work in one training step
            boolean r4 = r.config().name().equals("R4");
            StringBuilder line = new StringBuilder("| " + r.config().name() + " | ");
            // The issue sets the DL4J ratios for R1, R2 and R3; R4's are shown without a verdict.
            double five = r4 ? Double.NaN : 5;
            double two = r4 ? Double.NaN : 2;
            line.append(target(r, GF_HISTORY, DL4J_STATS, "A", 1, five, true)).append(", ")
                    .append(target(r, GF_STATS, DL4J_STATS, "S", 1, five, true)).append(" | ");
            line.append(target(r, GF_HISTORY, DL4J, "A", 1, two, true)).append(", ")
                    .append(target(r, GF_STATS, DL4J, "S", 1, two, true)).append(" | ");
            line.append(cost(r, GF_HISTORY, "A")).append(", ").append(cost(r, GF_STATS, "S")).append(" | ");
            line.append(target(r, GF_OFF, gemmName, "off", perGemm, r4 ? 0.70 : Double.NaN, true)).append(", ")
                    .append(target(r, GF_STATS, gemmName, "S", perGemm, r4 ? 0.70 : Double.NaN, true)).append(", ")
                    .append(target(r, GF_HISTORY, gemmName, "A", perGemm, r4 ? 0.70 : Double.NaN, true)).append(" |");
            out.println(line);
        }
        out.println();
        double worst = 0;
        for (Result r : results) {
            for (Harness.Column col : r.columns().values()) {
                if (col.contender instanceof GemmRates.Gemm) {
                    continue;
                }
                double spread = col.stepsPerSecond().spread();
                if (!Double.isNaN(spread)) {
                    worst = Math.max(worst, spread);
                }
            }
        }
        out.printf(Locale.ROOT, "Noise: the largest (max - min) / median over the %d runs of any cell is %.0f%%.%n", runs,
                100 * worst);
        out.println("Load at end: " + loadEnd);
        out.println("Command: mvn -B -Pbench verify -Dbench.configs=" + String.join(",",
                configs.stream().map(RefConfig::name).toList()) + " -Dbench.runs=" + runs + " -Dbench.window=" + window
                + (System.getProperty("bench.columns", "all").equals("all") ? ""
                        : " -Dbench.columns=" + System.getProperty("bench.columns")));
        out.flush();
    }

    private static String bytes(Result r, String column) {
        double b = r.columns().get(column).heapBytesPerStep();
        return b >= 10_000 ? String.format(Locale.ROOT, "%.0f k", b / 1000) : String.format(Locale.ROOT, "%.0f", b);
    }

    private static String growth(Machine.OffHeap g, int steps) {
        return String.format(Locale.ROOT, "%d steps: %+d pointers, %+d bytes, %+d matrices, %+d ND4J ops", steps,
                g.pointers(), g.pointerBytes(), g.mats(), g.nd4jOps());
    }

    /** "A 2.31 [2.22] (holds)": the paired ratio a/b times {@code scale}, the ratio of medians, the verdict. */
    private static String target(Result r, String a, String b, String label, double scale, double target,
                                 boolean atLeast) {
        double paired = scale * r.paired(a, b);
        double medians = scale * r.rate(a).median() / r.rate(b).median();
        boolean percent = scale != 1;
        String fmt = percent ? "%.0f%%" : "%.2f";
        double k = percent ? 100 : 1;
        return label + " " + String.format(Locale.ROOT, fmt, k * paired) + " ["
                + String.format(Locale.ROOT, fmt, k * medians) + "]" + mark(paired, target, atLeast);
    }

    /** "A 14% [11%] (holds)": 1 - all stats / stats off, paired and from the medians, against 15%. */
    private static String cost(Result r, String column, String label) {
        double paired = 1 - r.paired(column, GF_OFF);
        double medians = 1 - r.rate(column).median() / r.rate(GF_OFF).median();
        return label + " " + String.format(Locale.ROOT, "%.0f%% [%.0f%%]", 100 * paired, 100 * medians)
                + mark(paired, 0.15, false);
    }

    private static String mark(double v, double target, boolean atLeast) {
        if (Double.isNaN(target)) {
            return "";
        }
        if (Double.isNaN(v)) {
            return " (not measured)";
        }
        boolean ok = atLeast ? v >= target : v <= target;
        return ok ? " (holds)" : " (FAILS)";
    }
}
