package org.gradflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.gradflow.engine.BlasThreads;
import org.gradflow.engine.tensor.Mat;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/** Facts about the machine and process, and the off-heap counters. */
final class Machine {
    private Machine() {
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException | RuntimeException e) {
            return "load average: " + loadAverage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "load average: " + loadAverage();
        }
    }

    static String cpu() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            String model = lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
            return model + ", " + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM";
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors() + " cores visible to the JVM";
        }
    }

    static String threads() {
        int nd4jThreads = Nd4j.getEnvironment().maxThreads(); // loads ND4J first: it sets OpenBLAS's threads
        return String.format(Locale.ROOT, "OMP_NUM_THREADS=%s, OpenBLAS threads %d, ND4J maxThreads %d",
                System.getenv().getOrDefault("OMP_NUM_THREADS", "(unset)"), BlasThreads.get(), nd4jThreads);
    }

    /** Off-heap and ND4J counters after collecting garbage and running JavaCPP's pending deallocations. */
    record OffHeap(long pointers, long pointerBytes, long physicalBytes, long mats, long nd4jOps) {
        static OffHeap settled() {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Pointer.deallocateReferences();
            }
            return new OffHeap(Pointer.totalCount(), Pointer.totalBytes(), Pointer.physicalBytes(),
                    Mat.allocationCount(), OpProfiler.getInstance().getInvocationsCount());
        }

        OffHeap minus(OffHeap before) {
            return new OffHeap(pointers - before.pointers, pointerBytes - before.pointerBytes,
                    physicalBytes - before.physicalBytes, mats - before.mats, nd4jOps - before.nd4jOps);
        }
    }

    /** Runs {@code steps} steps of {@code c} between two settled readings, with ND4J's op counter on. */
    static OffHeap offHeapGrowth(Contender c, int steps) {
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        try {
            OffHeap before = OffHeap.settled();
            for (int i = 0; i < steps; i++) {
                c.step();
            }
            return OffHeap.settled().minus(before);
        } finally {
            Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
        }
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
