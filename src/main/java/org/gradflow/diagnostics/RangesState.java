package org.gradflow.diagnostics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The event ranges of one {@link EventKind}, oldest first, as part of a {@link HistoryState}. Immutable: the arrays
 * are copied in and out.
 *
 * @param firstStep first step of each range, not {@code null}
 * @param lastStep last step of each range, not {@code null}, same length
 * @param stepCount number of steps with the event in each range, not {@code null}, same length
 */
public record RangesState(long[] firstStep, long[] lastStep, long[] stepCount) {
    /** No ranges. */
    public static final RangesState EMPTY = new RangesState(new long[0], new long[0], new long[0]);

    public RangesState {
        firstStep = Objects.requireNonNull(firstStep, "firstStep").clone();
        lastStep = Objects.requireNonNull(lastStep, "lastStep").clone();
        stepCount = Objects.requireNonNull(stepCount, "stepCount").clone();
        if (lastStep.length != firstStep.length || stepCount.length != firstStep.length) {
            throw new IllegalArgumentException("array lengths differ");
        }
    }

    /** @return number of ranges */
    public int size() {
        return firstStep.length;
    }

    @Override
    public long[] firstStep() {
        return firstStep.clone();
    }

    @Override
    public long[] lastStep() {
        return lastStep.clone();
    }

    @Override
    public long[] stepCount() {
        return stepCount.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangesState r && Arrays.equals(firstStep, r.firstStep)
                && Arrays.equals(lastStep, r.lastStep) && Arrays.equals(stepCount, r.stepCount);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(firstStep) + Arrays.hashCode(lastStep)) + Arrays.hashCode(stepCount);
    }

    @Override
    public String toString() {
        return "RangesState[ranges=" + size() + "]";
    }
}
