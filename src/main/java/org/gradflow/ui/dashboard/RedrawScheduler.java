package org.gradflow.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Decides which charts redraw in a frame: only charts with changes whose last redraw is at least a minimum interval
 * old, stalest first, until the frame's time budget is spent (a chart is drawn on the JavaFX thread when its change
 * event fires, so drawing many large charts in one frame would stall it). Charts skipped now go first next frame.
 */
final class RedrawScheduler {
    /** Something that can be redrawn. */
    interface Target {
        boolean wantsPublish(long now, long minNanos);

        long lastPublish();

        void publish(long now);
    }

    private final long minIntervalNanos;
    private final long budgetNanos;
    private final LongSupplier clock;

    /**
     * @param minIntervalNanos least time between two redraws of one chart
     * @param budgetNanos time per frame after which no further chart starts redrawing (at least one always does)
     * @param clock monotonic nanoseconds, not {@code null}
     */
    RedrawScheduler(long minIntervalNanos, long budgetNanos, LongSupplier clock) {
        this.minIntervalNanos = minIntervalNanos;
        this.budgetNanos = budgetNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param targets the visible charts
     * @return how many were redrawn
     */
    int run(List<? extends Target> targets) {
        long start = clock.getAsLong();
        List<Target> due = new ArrayList<>();
        for (Target t : targets) {
            if (t.wantsPublish(start, minIntervalNanos)) {
                due.add(t);
            }
        }
        due.sort(Comparator.comparingLong(Target::lastPublish));
        int done = 0;
        for (Target t : due) {
            long now = clock.getAsLong();
            if (done > 0 && now - start >= budgetNanos) {
                break;
            }
            t.publish(now);
            done++;
        }
        return done;
    }
}
