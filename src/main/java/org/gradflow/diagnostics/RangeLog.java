package org.gradflow.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run-length ranges of the steps with one kind of event, at most {@code maxRanges}; when full, neighbouring pairs
 * merge (counts add up). Not thread-safe.
 */
final class RangeLog {
    private static final int INITIAL_RANGES = 8;

    private final int maxRanges;
    private long[] firstStep = new long[0];
    private long[] lastStep = new long[0];
    private long[] stepCount = new long[0];
    private int size;

    RangeLog(int maxRanges) {
        if (maxRanges < 2 || maxRanges % 2 != 0) {
            throw new IllegalArgumentException("maxRanges must be even and at least 2, got " + maxRanges);
        }
        this.maxRanges = maxRanges;
    }

    int size() {
        return size;
    }

    /**
     * Records an event at {@code step}. It extends the latest range when that range ends at {@code previousStep}, the
     * step recorded just before this one.
     */
    void add(long step, long previousStep) {
        if (size > 0 && lastStep[size - 1] == previousStep) {
            lastStep[size - 1] = step;
            stepCount[size - 1]++;
            return;
        }
        if (size == maxRanges) {
            mergePairs();
        }
        if (size == firstStep.length) {
            int capacity = Math.min(maxRanges, Math.max(INITIAL_RANGES, 2 * size));
            firstStep = Arrays.copyOf(firstStep, capacity);
            lastStep = Arrays.copyOf(lastStep, capacity);
            stepCount = Arrays.copyOf(stepCount, capacity);
        }
        firstStep[size] = step;
        lastStep[size] = step;
        stepCount[size] = 1;
        size++;
    }

    /** Adds this log's ranges as events of {@code kind} to {@code out}, oldest first. */
    void appendEvents(EventKind kind, List<HistoryEvent> out) {
        for (int i = 0; i < size; i++) {
            out.add(new HistoryEvent(kind, firstStep[i], lastStep[i], stepCount[i]));
        }
    }

    List<HistoryEvent> events(EventKind kind) {
        List<HistoryEvent> out = new ArrayList<>(size);
        appendEvents(kind, out);
        return out;
    }

    long estimatedBytes() {
        return MemorySizes.OBJECT + MemorySizes.of(firstStep) + MemorySizes.of(lastStep) + MemorySizes.of(stepCount);
    }

    /** @return {@link #estimatedBytes()} of a log grown to {@code maxRanges} ranges */
    static long boundBytes(int maxRanges) {
        return MemorySizes.OBJECT + 3 * MemorySizes.array(maxRanges, 8);
    }

    RangesState state() {
        return new RangesState(Arrays.copyOf(firstStep, size), Arrays.copyOf(lastStep, size),
                Arrays.copyOf(stepCount, size));
    }

    /** @return a log holding exactly the ranges of {@code state}, which is checked for consistency */
    static RangeLog fromState(RangesState state, int maxRanges) {
        if (state.size() > maxRanges) {
            throw new IllegalArgumentException(state.size() + " event ranges exceed the limit of " + maxRanges);
        }
        RangeLog log = new RangeLog(maxRanges);
        log.firstStep = state.firstStep();
        log.lastStep = state.lastStep();
        log.stepCount = state.stepCount();
        log.size = state.size();
        for (int i = 0; i < log.size; i++) {
            if (log.firstStep[i] > log.lastStep[i] || log.stepCount[i] < 1
                    || log.stepCount[i] - 1 > log.lastStep[i] - log.firstStep[i]
                    || (i > 0 && log.lastStep[i - 1] >= log.firstStep[i])) {
                throw new IllegalArgumentException("invalid event range " + i);
            }
        }
        return log;
    }

    private void mergePairs() {
        int half = size / 2;
        for (int j = 0; j < half; j++) {
            int a = 2 * j;
            firstStep[j] = firstStep[a];
            lastStep[j] = lastStep[a + 1];
            stepCount[j] = stepCount[a] + stepCount[a + 1];
        }
        size = half;
    }
}
