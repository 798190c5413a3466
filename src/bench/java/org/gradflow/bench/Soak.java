package org.gradflow.bench;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import org.gradflow.engine.BlasThreads;
import org.gradflow.engine.TrainingData;

/**
 * The long run: R1 with every statistic measured and recorded into a History (default limits), as the app trains
 * ({@code -Dbench.soakHistory=false}: without the History),
 * for {@code steps} steps after a warm-up of {@value #WARMUP} steps. At the start, at every tenth of the run and at the
 * end it collects garbage (JavaCPP deallocations too) and reads the heap used after GC and the off-heap counters.
 * GC counts and times are summed over the training segments only (the forced collections at checkpoints are not
 * counted). The History grows until its bounds are reached (about 15,000 steps with the default limits) and must
 * stay constant after that; the engine itself must not grow at all.
 */
final class Soak {
    static final int WARMUP = 1_000;

    private Soak() {
    }

    private record Gc(long count, long millis) {
        static Gc now() {
            long c = 0;
            long t = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                c += Math.max(0, b.getCollectionCount());
                t += Math.max(0, b.getCollectionTime());
            }
            return new Gc(c, t);
        }
    }

    private record Checkpoint(long step, double stepsPerSecond, long gcCount, long gcMillis, long heapAfterGc,
                              Machine.OffHeap offHeap, double heapBytesPerStep) {
    }

    static void run(PrintStream out, long steps) {
        BlasThreads.set(1);
        RefConfig c = RefConfig.select("R1").get(0);
        TrainingData data = c.data();
        boolean history = Boolean.parseBoolean(System.getProperty("bench.soakHistory", "true"));
        GradFlowContender run = new GradFlowContender(history ? "GradFlow all stats + History" : "GradFlow all stats",
                c, data, true, history);
        out.println("# GradFlow soak, " + Instant.now());
        out.println();
        out.println("- " + c.name() + ": " + c.describe() + "; all statistics measured every step"
                + (history ? " and recorded into a History (default limits)" : " (StepStats dropped, no History)"));
        out.println("- machine: " + Machine.cpu() + "; " + Machine.threads());
        out.println("- GC: " + String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList()) + "; max heap "
                + Machine.mib(Runtime.getRuntime().maxMemory()));
        out.println("- load at start: " + Machine.uptime());
        out.println();
        for (int i = 0; i < WARMUP; i++) {
            run.step();
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long every = Math.max(1, steps / 10);
        Checkpoint start = new Checkpoint(WARMUP, Double.NaN, 0, 0, heapAfterGc(), Machine.OffHeap.settled(), Double.NaN);
        out.println("| step | steps/s | GCs in segment | GC ms in segment | heap used after GC | JavaCPP bytes "
                + "| physical bytes (RSS) | GradFlow matrices | heap B allocated/step |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        print(out, start);
        long totalGc = 0;
        long totalGcMillis = 0;
        long done = 0;
        Checkpoint last = start;
        while (done < steps) {
            long n = Math.min(every, steps - done);
            Gc g0 = Gc.now();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            for (long i = 0; i < n; i++) {
                run.step();
            }
            long t1 = System.nanoTime();
            long a1 = threads.getCurrentThreadAllocatedBytes();
            Gc g1 = Gc.now();
            done += n;
            long gcs = g1.count() - g0.count();
            long gcMillis = g1.millis() - g0.millis();
            totalGc += gcs;
            totalGcMillis += gcMillis;
            last = new Checkpoint(WARMUP + done, n / ((t1 - t0) / 1e9), gcs, gcMillis, heapAfterGc(),
                    Machine.OffHeap.settled(), (double) (a1 - a0) / n);
            print(out, last);
            out.flush();
        }
        out.println();
        Machine.OffHeap d = last.offHeap().minus(start.offHeap());
        out.printf(Locale.ROOT, "Over %d steps after warm-up: %d GCs (%d ms), heap after GC %s at start and %s at end "
                + "(%+.1f MiB); JavaCPP %+d pointers, %+d bytes; RSS %+.1f MiB; %+d GradFlow matrices.%n", done, totalGc,
                totalGcMillis, Machine.mib(start.heapAfterGc()), Machine.mib(last.heapAfterGc()),
                (last.heapAfterGc() - start.heapAfterGc()) / 1048576.0, d.pointers(), d.pointerBytes(),
                d.physicalBytes() / 1048576.0, d.mats());
        out.println("Load at end: " + Machine.uptime());
        out.println("Loss at end: " + run.check());
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(PrintStream out, Checkpoint c) {
        out.println("| " + c.step() + " | " + Stats.num(c.stepsPerSecond()) + " | " + (c.step() == WARMUP ? "" : c.gcCount())
                + " | " + (c.step() == WARMUP ? "" : c.gcMillis()) + " | " + Machine.mib(c.heapAfterGc()) + " | "
                + c.offHeap().pointerBytes() + " | " + Machine.mib(c.offHeap().physicalBytes()) + " | "
                + c.offHeap().mats() + " | " + Stats.num(c.heapBytesPerStep()) + " |");
    }
}
