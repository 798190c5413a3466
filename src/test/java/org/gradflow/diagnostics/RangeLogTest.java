package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RangeLogTest {
    @Test
    void consecutiveStepsFormOneRange() {
        RangeLog log = new RangeLog(8);
        long previous = Long.MIN_VALUE;
        for (long step = 1; step <= 30; step++) {
            if (step >= 5 && step <= 9 || step == 12 || step >= 20 && step <= 21) {
                log.add(step, previous);
            }
            previous = step;
        }
        assertThat(log.events(EventKind.CLIPPED)).containsExactly(
                new HistoryEvent(EventKind.CLIPPED, 5, 9, 5),
                new HistoryEvent(EventKind.CLIPPED, 12, 12, 1),
                new HistoryEvent(EventKind.CLIPPED, 20, 21, 2));
    }

    @Test
    void staysBoundedAndKeepsTheExactCountWhenMerging() {
        RangeLog log = new RangeLog(16);
        long previous = Long.MIN_VALUE;
        long expectedCount = 0;
        for (long step = 1; step <= 100_000; step++) {
            if (step % 3 == 0) {
                log.add(step, previous);
                expectedCount++;
            }
            previous = step;
        }
        List<HistoryEvent> events = log.events(EventKind.CLIPPED);
        assertThat(events.size()).isBetween(1, 16);
        assertThat(events.stream().mapToLong(HistoryEvent::stepCount).sum()).isEqualTo(expectedCount);
        assertThat(events.get(0).firstStep()).isEqualTo(3);
        assertThat(events.get(events.size() - 1).lastStep()).isEqualTo(99_999);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).firstStep()).isGreaterThan(events.get(i - 1).lastStep());
        }
        assertThat(log.estimatedBytes()).isLessThan(1_000);
    }

    @Test
    void stateRoundTripsAndIsValidated() {
        RangeLog a = new RangeLog(4);
        for (long step = 1; step <= 50; step += 2) {
            a.add(step, step - 1);
        }
        RangesState state = a.state();
        RangeLog b = RangeLog.fromState(state, 4);
        assertThat(b.state()).isEqualTo(state);
        a.add(52, 51);
        b.add(52, 51);
        assertThat(b.state()).isEqualTo(a.state());
        RangesState bad = new RangesState(new long[] {5, 3}, new long[] {6, 4}, new long[] {2, 2});
        assertThatThrownBy(() -> RangeLog.fromState(bad, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RangeLog.fromState(state, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
