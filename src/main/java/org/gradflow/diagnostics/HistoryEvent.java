package org.gradflow.diagnostics;

import java.util.Objects;

/**
 * A range of steps in which events of one kind happened. A run of consecutive recorded steps with the event is one
 * range with {@code stepCount} equal to the number of its steps. Only when a run produces more ranges than
 * {@link HistoryLimits#maxEventRanges()} are neighbouring ranges merged; a merged range may then also contain steps
 * without the event, and {@code stepCount} still says exactly how many steps in it had the event.
 *
 * @param kind what happened, not {@code null}
 * @param firstStep first step of the range with the event
 * @param lastStep last step of the range with the event, at least {@code firstStep}
 * @param stepCount number of recorded steps in the range that had the event, at least 1
 */
public record HistoryEvent(EventKind kind, long firstStep, long lastStep, long stepCount) {
    public HistoryEvent {
        Objects.requireNonNull(kind, "kind");
        if (lastStep < firstStep || stepCount < 1) {
            throw new IllegalArgumentException("invalid event range " + firstStep + ".." + lastStep + " with "
                    + stepCount + " steps");
        }
    }

    /** @return whether {@code step} lies within {@code firstStep..lastStep} */
    public boolean covers(long step) {
        return step >= firstStep && step <= lastStep;
    }
}
