package org.gradflow.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/**
 * The events a History always keeps: ranges of clipped steps, ranges of non-finite steps, and the complete
 * statistics of the first {@code maxNonFiniteSteps} non-finite steps. Not thread-safe.
 */
final class EventLog {
    private final RangeLog clipped;
    private final RangeLog nonFinite;
    private final int maxNonFiniteSteps;
    private final List<StepStats> nonFiniteSteps = new ArrayList<>();

    EventLog(int maxRanges, int maxNonFiniteSteps) {
        this(new RangeLog(maxRanges), new RangeLog(maxRanges), maxNonFiniteSteps);
    }

    private EventLog(RangeLog clipped, RangeLog nonFinite, int maxNonFiniteSteps) {
        this.clipped = clipped;
        this.nonFinite = nonFinite;
        this.maxNonFiniteSteps = maxNonFiniteSteps;
    }

    /** @return whether {@code stats} counts as a non-finite event: its own flag or any layer's */
    static boolean isNonFinite(StepStats stats) {
        if (stats.nonFinite()) {
            return true;
        }
        for (LayerStats l : stats.layers()) {
            if (l.nonFinite()) {
                return true;
            }
        }
        return false;
    }

    /** Records the events of {@code stats}; {@code previousStep} is the step recorded before it. */
    void record(StepStats stats, long previousStep) {
        if (stats.clipped()) {
            clipped.add(stats.step(), previousStep);
        }
        if (isNonFinite(stats)) {
            nonFinite.add(stats.step(), previousStep);
            if (nonFiniteSteps.size() < maxNonFiniteSteps) {
                nonFiniteSteps.add(stats);
            }
        }
    }

    /** @return all event ranges, ordered by first step, non-finite before clipped on ties */
    List<HistoryEvent> events() {
        List<HistoryEvent> out = new ArrayList<>(clipped.size() + nonFinite.size());
        nonFinite.appendEvents(EventKind.NON_FINITE, out);
        clipped.appendEvents(EventKind.CLIPPED, out);
        out.sort(Comparator.comparingLong(HistoryEvent::firstStep).thenComparing(HistoryEvent::kind));
        return out;
    }

    List<StepStats> nonFiniteSteps() {
        return List.copyOf(nonFiniteSteps);
    }

    long estimatedBytes() {
        return MemorySizes.OBJECT + clipped.estimatedBytes() + nonFinite.estimatedBytes()
                + MemorySizes.of(nonFiniteSteps, Math.max(10, nonFiniteSteps.size() * 3 / 2 + 1));
    }

    /**
     * @return the largest {@link #estimatedBytes()} of a log with these limits whose kept steps have at most
     *         {@code stepBytes} bytes each
     */
    static long boundBytes(int maxRanges, int maxNonFiniteSteps, long stepBytes) {
        return MemorySizes.OBJECT + 2 * RangeLog.boundBytes(maxRanges)
                + MemorySizes.list(Math.max(10, maxNonFiniteSteps * 3 / 2 + 1)) + maxNonFiniteSteps * stepBytes;
    }

    RangesState clippedState() {
        return clipped.state();
    }

    RangesState nonFiniteState() {
        return nonFinite.state();
    }

    static EventLog fromState(RangesState clipped, RangesState nonFinite, List<StepStats> nonFiniteSteps,
                              int maxRanges, int maxNonFiniteSteps) {
        Objects.requireNonNull(nonFiniteSteps, "nonFiniteSteps");
        if (nonFiniteSteps.size() > maxNonFiniteSteps) {
            throw new IllegalArgumentException(nonFiniteSteps.size() + " non-finite steps exceed the limit of "
                    + maxNonFiniteSteps);
        }
        EventLog log = new EventLog(RangeLog.fromState(clipped, maxRanges), RangeLog.fromState(nonFinite, maxRanges),
                maxNonFiniteSteps);
        log.nonFiniteSteps.addAll(nonFiniteSteps);
        return log;
    }
}
