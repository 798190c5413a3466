package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;

class EventLogTest {
    @Test
    void keepsRangesOfBothKindsAndTheFirstNonFiniteSteps() {
        EventLog log = new EventLog(8, 2);
        long previous = Long.MIN_VALUE;
        StepStats bad10 = Steps.nonFinite(Steps.step(10, 2));
        StepStats bad11 = Steps.nonFinite(Steps.step(11, 2));
        StepStats bad20 = Steps.nonFinite(Steps.step(20, 2));
        for (long step = 1; step <= 30; step++) {
            StepStats s = step == 10 ? bad10 : step == 11 ? bad11 : step == 20 ? bad20
                    : Steps.clipped(Steps.step(step, 2), step >= 3 && step <= 4);
            log.record(s, previous);
            previous = step;
        }
        assertThat(log.events()).containsExactly(
                new HistoryEvent(EventKind.CLIPPED, 3, 4, 2),
                new HistoryEvent(EventKind.NON_FINITE, 10, 11, 2),
                new HistoryEvent(EventKind.NON_FINITE, 20, 20, 1));
        assertThat(log.nonFiniteSteps()).containsExactly(bad10, bad11);
    }

    @Test
    void aLayerFlagCountsAsNonFinite() {
        StepStats s = Steps.step(5, 2);
        LayerStats l = s.layers().get(1);
        StepStats flagged = new StepStats(5, s.loss(), s.valLoss(), s.valAccuracy(), s.learningRate(),
                s.gradNormGlobal(), s.gradNormGlobalClipped(), false, false,
                List.of(s.layers().get(0), new LayerStats(l.gradNormW(), l.gradNormB(), l.signalNorm(),
                        l.updateRatio(), l.weightNorm(), l.actMean(), l.actStd(), l.saturation(), l.deadFraction(),
                        true)), List.of());
        assertThat(EventLog.isNonFinite(s)).isFalse();
        assertThat(EventLog.isNonFinite(flagged)).isTrue();
    }
}
