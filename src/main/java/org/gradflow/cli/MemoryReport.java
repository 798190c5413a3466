package org.gradflow.cli;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Objects;
import org.bytedeco.javacpp.Pointer;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepListener;
import org.gradflow.engine.StepStats;

/**
 * For soak runs: every {@code every} steps prints one line with the heap in use after a full garbage collection, the
 * process's resident memory (heap plus off-heap), the total GC count and the History's size, so a flat line shows
 * that nothing leaks.
 */
final class MemoryReport implements StepListener {
    private final PrintWriter out;
    private final long every;
    private final History history;

    MemoryReport(PrintWriter out, long every, History history) {
        this.out = Objects.requireNonNull(out, "out");
        this.every = every;
        this.history = Objects.requireNonNull(history, "history");
    }

    @Override
    public void onStep(StepStats stats) {
        if (stats.step() % every != 0) {
            return;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        long gcs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcs += Math.max(0, gc.getCollectionCount());
        }
        out.println(String.format(Locale.ROOT, "memory at step %d: heap %.1f MB, resident %.1f MB, GCs %d, history %.1f MB",
                stats.step(), heap / 1e6, Pointer.physicalBytes() / 1e6, gcs, history.estimatedBytes() / 1e6));
        out.flush();
    }
}
