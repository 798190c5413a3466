package org.gradflow.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import org.gradflow.ui.train.SlowLog;

/**
 * The frame-time probe of {@code --perf-log FILE}: an {@link AnimationTimer} records the time between consecutive
 * JavaFX pulses; at exit the file gets count, p50, p95, max and the number over 100 ms, for the whole session and for
 * the pulses while training ran.
 */
final class PerfProbe {
    private final Path file;
    private final BooleanSupplier training;
    private final LongSupplier lastStep;
    private long firstStep = -1;
    private long lastStepSeen;
    private long trainingNanos;
    private long[] all = new long[4096];
    private long[] whileTraining = new long[4096];
    private int allCount;
    private int trainingCount;
    private long last;
    private boolean written;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                long d = now - last;
                all = add(all, allCount++, d);
                if (d > 100_000_000L) {
                    SlowLog.event("pulse gap", d / 1e6);
                }
                if (training.getAsBoolean()) {
                    whileTraining = add(whileTraining, trainingCount++, d);
                    trainingNanos += d;
                    lastStepSeen = lastStep.getAsLong();
                    if (firstStep < 0) {
                        firstStep = lastStepSeen;
                    }
                }
            }
            last = now;
        }
    };

    /**
     * @param file where the summary goes, not {@code null}
     * @param training whether training runs now, not {@code null}
     * @param lastStep the last step shown, not {@code null}
     */
    PerfProbe(Path file, BooleanSupplier training, LongSupplier lastStep) {
        this.file = Objects.requireNonNull(file, "file");
        this.training = Objects.requireNonNull(training, "training");
        this.lastStep = Objects.requireNonNull(lastStep, "lastStep");
    }

    void start() {
        timer.start();
    }

    /** Stops recording and writes the summary (once). */
    synchronized void finish() {
        if (written) {
            return;
        }
        written = true;
        timer.stop();
        String text = summary("all pulses", all, allCount) + summary("while training", whileTraining, trainingCount)
                + slowPulses(whileTraining, trainingCount) + (firstStep < 0 ? "" : String.format(Locale.ROOT,
                        "while training: steps %d to %d shown in %.1f s (%.1f steps/s)%n", firstStep, lastStepSeen,
                        trainingNanos / 1e9, (lastStepSeen - firstStep) / (trainingNanos / 1e9)));
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.err.print("GradFlow frame times (" + file + "):\n" + text);
        } catch (IOException e) {
            System.err.println("GradFlow: cannot write the perf log " + file + ": " + e.getMessage());
        }
    }

    private static long[] add(long[] a, int index, long value) {
        long[] b = index == a.length ? Arrays.copyOf(a, a.length * 2) : a;
        b[index] = value;
        return b;
    }

    /** @return one line: name, count, p50, p95, max (ms) and the number over 100 ms */
    static String summary(String name, long[] values, int count) {
        if (count == 0) {
            return name + ": no pulses\n";
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        long over = Arrays.stream(sorted).filter(v -> v > 100_000_000L).count();
        return String.format(Locale.ROOT, "%s: pulses=%d p50=%.1fms p95=%.1fms max=%.1fms over100ms=%d%n", name, count,
                ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.95)), ms(sorted[count - 1]), over);
    }

    /**
     * @return one line naming when (seconds of training, counting pulse intervals) each pulse over 100 ms ended and
     *         how long it was, at most 20 of them; empty when there were none
     */
    static String slowPulses(long[] values, int count) {
        StringBuilder b = new StringBuilder();
        long elapsed = 0;
        int listed = 0;
        for (int i = 0; i < count && listed < 20; i++) {
            elapsed += values[i];
            if (values[i] > 100_000_000L) {
                b.append(listed++ == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f s (%.0f ms)",
                        elapsed / 1e9, ms(values[i])));
            }
        }
        return listed == 0 ? "" : "while training, pulses over 100 ms at: " + b + "\n";
    }

    static long percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
