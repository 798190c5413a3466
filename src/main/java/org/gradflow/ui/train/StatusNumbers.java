package org.gradflow.ui.train;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The numbers of the status bar as texts: step / total, steps per second, loss, ETA, and the progress fraction. While
 * training they change at most four times a second (re-laying out text every frame would cost frames). No JavaFX
 * nodes; used by {@link TrainingViewModel}.
 */
final class StatusNumbers {
    /** Rate window: steps per second are measured over the last 3 seconds. */
    static final long RATE_WINDOW_NANOS = 3_000_000_000L;
    /** Least time between two updates of the texts while running. */
    static final long TEXT_EVERY_NANOS = 250_000_000L;

    private final RateMeter rate = new RateMeter(RATE_WINDOW_NANOS);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lossText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper();
    private long lastTextNanos = Long.MIN_VALUE / 2;
    private long total;

    StatusNumbers() {
        clear();
    }

    /** Shows no run. */
    void clear() {
        total = 0;
        rate.clear();
        progress.set(0);
        stepText.set("step —");
        lossText.set("loss —");
        stopped();
    }

    /** Starts measuring the rate anew (after a start or a pause) from {@code step} at {@code nanos}. */
    void restartRate(long nanos, long step) {
        rate.clear();
        rate.add(nanos, step);
    }

    /** Forgets the rate samples (before a start or resume, so a pause does not lower the rate). */
    void forgetRate() {
        rate.clear();
    }

    /** @param steps the run's total step count */
    void setTotal(long steps) {
        total = steps;
    }

    /** Shows {@code step} and {@code loss} now. */
    void show(long step, double loss) {
        progress.set(total > 0 ? Math.min(1, (double) step / total) : 0);
        stepText.set("step " + Numbers.count(step) + (total > 0 ? " / " + Numbers.count(total) : ""));
        lossText.set("loss " + (Double.isNaN(loss) ? "—" : Numbers.format(loss)));
    }

    /**
     * Takes the last step of a frame's batch.
     *
     * @param running whether the trainer runs (the rate and ETA are measured only then)
     */
    void stepped(long nanos, long step, double loss, boolean running) {
        if (running) {
            rate.add(nanos, step);
            if (nanos - lastTextNanos < TEXT_EVERY_NANOS && step < total) {
                return;
            }
        }
        lastTextNanos = nanos;
        show(step, loss);
        double r = rate.rate();
        rateText.set(Double.isNaN(r) ? "— steps/s" : String.format(Locale.ROOT, "%.1f steps/s", r));
        etaText.set("ETA " + (running ? Durations.eta(total - step, r) : Durations.UNKNOWN));
    }

    /** Shows no rate and no ETA (the loop ended). */
    void stopped() {
        rateText.set("— steps/s");
        etaText.set("ETA " + Durations.UNKNOWN);
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lossTextProperty() {
        return lossText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }
}
