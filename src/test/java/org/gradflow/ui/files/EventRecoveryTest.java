package org.gradflow.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.diagnostics.History;
import org.gradflow.ui.testing.TestSteps;
import org.gradflow.ui.train.RunEvent;
import org.junit.jupiter.api.Test;

class EventRecoveryTest {
    @Test
    void findsLearningRateChanges() {
        History h = new History();
        for (long s = 1; s <= 30; s++) {
            h.record(TestSteps.step(s, 2, s <= 10 ? 0.1 : s <= 20 ? 0.01 : 0.05));
        }
        assertThat(EventRecovery.learningRateChanges(h)).containsExactly(
                new RunEvent(11, "learning rate 0.1 → 0.01"), new RunEvent(21, "learning rate 0.01 → 0.05"));
        assertThat(EventRecovery.learningRateChanges(new History())).isEmpty();
    }

    @Test
    void aConstantRateIsNoChangeWhereSummarisedBucketsFollowExactSteps() {
        History h = new History(new org.gradflow.diagnostics.HistoryLimits(10, 8, 8, 4, 4, 8, 4));
        for (long s = 1; s <= 200; s++) {
            h.record(TestSteps.step(s, 2, s <= 150 ? 0.01 : 0.003));
        }
        var lr = h.stepSeries(org.gradflow.diagnostics.StepMetric.LEARNING_RATE);
        assertThat(lr.mean(lr.size() - 9)).as("a summarised bucket holds the rate in float").isNotEqualTo(0.01);
        assertThat(EventRecovery.learningRateChanges(h)).hasSize(1).first()
                .satisfies(e -> assertThat(e.description()).startsWith("learning rate 0.01 → 0.003"));
    }
}
