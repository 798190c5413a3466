package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {
    @Test
    void jobsWaitForTheGateThenRunOnceInOrderAndLaterJobsRunAtOnce() {
        Gate gate = new Gate();
        List<String> ran = new ArrayList<>();
        gate.then(() -> ran.add("first"));
        gate.then(() -> ran.add("second"));
        assertThat(ran).isEmpty();

        gate.open();
        assertThat(ran).containsExactly("first", "second");

        gate.then(() -> ran.add("after"));
        assertThat(ran).containsExactly("first", "second", "after");

        gate.open();
        assertThat(ran).containsExactly("first", "second", "after");
    }

    @Test
    void aJobAddedWhileTheGateOpensRunsToo() {
        Gate gate = new Gate();
        List<String> ran = new ArrayList<>();
        gate.then(() -> gate.then(() -> ran.add("nested")));
        gate.open();
        assertThat(ran).containsExactly("nested");
    }
}
