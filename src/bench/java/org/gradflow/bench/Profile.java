package org.gradflow.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a column's step time goes: a JDK Flight Recorder recording (the JDK's "profile" settings) around the timed
 * steps, then its method samples on the training thread grouped by the part of the step they fall in. Java samples
 * ({@code jdk.ExecutionSample}, every 10 ms) and samples in native code such as OpenBLAS
 * ({@code jdk.NativeMethodSample}, every 20 ms) are weighted by their periods so the shares are shares of time.
 */
final class Profile {
    /** Group name and a frame that marks it; the first group whose frame is on the stack takes the sample. */
    private static final String[][] GROUPS = {
        {"History.record", "org.gradflow.diagnostics.History.record"},
        {"stats: histograms (every 10 steps)", "org.gradflow.engine.LayerMeasurements.histograms"},
        {"stats: activation summary (mean, std, saturation, dead units)", "org.gradflow.engine.ActivationSummary.summarize"},
        {"stats: gradient norms (sum of squares per parameter)", "org.gradflow.engine.Trainer.sumLayerGradSquares"},
        {"stats: other per-layer measurements (signal norm ...)", "org.gradflow.engine.LayerMeasurements"},
        {"GEMM (OpenBLAS sgemm)", "org.gradflow.engine.tensor.Blas.gemm"},
        {"optimizer update", "org.gradflow.engine.optim.Optimizer.update"},
        {"activation forward", "org.gradflow.engine.act.Activation.forward"},
        {"activation backward", "org.gradflow.engine.act.Activation.backward"},
        {"softmax", "org.gradflow.engine.act.Softmax"},
        {"loss", "org.gradflow.engine.nn.Loss"},
        {"batch sampling", "org.gradflow.engine.BatchSampler"},
        {"dense layer (bias, bias gradient, copies)", "org.gradflow.engine.nn.DenseLayer"},
        {"DL4J / ND4J", "org.deeplearning4j"},
        {"other", ""},
    };

    private Profile() {
    }

    /**
     * A plain sampler: a daemon thread reads the training thread's stack ({@link Thread#getStackTrace()}) every
     * {@code periodMillis} and counts the group it falls in. Samples are taken at safepoints, so time inside a loop
     * is credited to the method holding the loop; at the granularity of the groups below that is accurate. Unlike
     * JFR's sampler it drops no samples (JFR could not walk the stack for most samples in GradFlow's element loops
     * on this machine, which biased its shares towards the native GEMM).
     */
    static final class StackSampler implements AutoCloseable {
        private final Thread target;
        private final Thread sampler;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private volatile boolean running = true;
        private long samples;

        StackSampler(Thread target, long periodMillis) {
            this.target = target;
            for (String[] g : GROUPS) {
                counts.put(g[0], 0L);
            }
            this.sampler = new Thread(() -> {
                while (running) {
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    sample(target.getStackTrace());
                }
            }, "bench-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private synchronized void sample(StackTraceElement[] stack) {
            boolean inStep = false;
            for (StackTraceElement f : stack) {
                if (f.getClassName().startsWith("org.gradflow.bench") && f.getMethodName().equals("step")) {
                    inStep = true;
                    break;
                }
            }
            if (!inStep) {
                return;
            }
            samples++;
            for (String[] g : GROUPS) {
                for (StackTraceElement f : stack) {
                    String name = f.getClassName() + "." + f.getMethodName();
                    if (name.startsWith(g[1])) {
                        counts.merge(g[0], 1L, Long::sum);
                        return;
                    }
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            sampler.interrupt();
            sampler.join();
        }

        synchronized void print(PrintStream out) {
            out.printf(Locale.ROOT, "Stack samples of the training thread during steps: %d%n", samples);
            out.println();
            out.println("| part of the step | share of time (stack samples) |");
            out.println("|---|---|");
            for (Map.Entry<String, Long> en : counts.entrySet()) {
                if (en.getValue() > 0) {
                    out.printf(Locale.ROOT, "| %s | %.1f%% |%n", en.getKey(), 100.0 * en.getValue() / samples);
                }
            }
            out.println();
        }
    }

    static Recording start() throws IOException, ParseException {
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        r.start();
        return r;
    }

    static void stopAndSummarize(Recording r, Path file, PrintStream out) throws IOException {
        r.stop();
        r.dump(file);
        r.close();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String[] g : GROUPS) {
            weights.put(g[0], 0.0);
        }
        double total = 0;
        int javaSamples = 0;
        int nativeSamples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            boolean java = type.equals("jdk.ExecutionSample");
            if (!java && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            if (e.getThread("sampledThread") == null || !"main".equals(e.getThread("sampledThread").getJavaName())) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || !onStack(st.getFrames(), "org.gradflow.bench", ".step")) {
                continue;
            }
            double w = java ? 1 : 2;
            if (java) {
                javaSamples++;
            } else {
                nativeSamples++;
            }
            total += w;
            for (String[] g : GROUPS) {
                if (onStack(st.getFrames(), g[1], "")) {
                    weights.merge(g[0], w, Double::sum);
                    break;
                }
            }
        }
        out.printf(Locale.ROOT, "JFR %s: %d Java + %d native samples on the training thread during steps%n", file,
                javaSamples, nativeSamples);
        out.println();
        out.println("| part of the step | share of time (JFR) |");
        out.println("|---|---|");
        for (Map.Entry<String, Double> en : weights.entrySet()) {
            if (en.getValue() > 0) {
                out.printf(Locale.ROOT, "| %s | %.1f%% |%n", en.getKey(), 100 * en.getValue() / total);
            }
        }
    }

    /** @return whether some frame's "class.method" starts with {@code prefix} and ends with {@code suffix} */
    private static boolean onStack(List<RecordedFrame> frames, String prefix, String suffix) {
        for (RecordedFrame f : frames) {
            if (f.getMethod() == null) {
                continue;
            }
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            if (name.startsWith(prefix) && name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
