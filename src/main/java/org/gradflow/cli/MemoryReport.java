package org.gradflow.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.bytedeco.javacpp.Pointer;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepListener;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.tensor.Mat;

/**
 * For soak runs: every {@code every} steps prints one line with the steps per second since the last line, the heap in
 * use after a full garbage collection, the off-heap memory (JavaCPP's tracked bytes and the process's resident
 * memory, after JavaCPP's pending deallocations), the number of ND4J arrays GradFlow's matrices allocated so far, the
 * garbage collections since the last line (count and milliseconds, the forced collections of the report itself not
 * counted) and the History's estimated size against its bound, so a flat line shows that nothing leaks.
 */
final class MemoryReport implements StepListener {
    private static final int SETTLE_ROUNDS = 3;

    private final PrintWriter out;
    private final long every;
    private final History history;
    private final LongSupplier nanoTime;
    private long lastNanos;
    private long lastStep;
    private long gcCountAfterReport;
    private long gcMillisAfterReport;

    MemoryReport(PrintWriter out, long every, History history) {
        this(out, every, history, System::nanoTime);
    }

    MemoryReport(PrintWriter out, long every, History history, LongSupplier nanoTime) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, got " + every);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.every = every;
        this.history = Objects.requireNonNull(history, "history");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.lastNanos = nanoTime.getAsLong();
        long[] gc = gcTotals();
        gcCountAfterReport = gc[0];
        gcMillisAfterReport = gc[1];
    }

    @Override
    public void onStep(StepStats stats) {
        if (stats.step() % every != 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        double stepsPerSecond = (stats.step() - lastStep) / ((now - lastNanos) / 1e9);
        long[] gc = gcTotals();
        long gcCount = gc[0] - gcCountAfterReport;
        long gcMillis = gc[1] - gcMillisAfterReport;
        for (int i = 0; i < SETTLE_ROUNDS; i++) {
            System.gc();
            Pointer.deallocateReferences();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.println(String.format(Locale.ROOT, "memory at step %d: %.0f steps/s, heap %.1f MB, JavaCPP %.1f MB, "
                        + "resident %.1f MB, matrices %d, GCs %d (%d ms), history %.2f MB of %.2f MB bound",
                stats.step(), stepsPerSecond, heap / 1e6, Pointer.totalBytes() / 1e6, Pointer.physicalBytes() / 1e6,
                Mat.allocationCount(), gcCount, gcMillis, history.estimatedBytes() / 1e6, history.boundBytes() / 1e6));
        out.flush();
        long[] after = gcTotals();
        gcCountAfterReport = after[0];
        gcMillisAfterReport = after[1];
        lastStep = stats.step();
        lastNanos = nanoTime.getAsLong();
    }

    /** @return total collection count and milliseconds over every collector */
    private static long[] gcTotals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}
