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
}
