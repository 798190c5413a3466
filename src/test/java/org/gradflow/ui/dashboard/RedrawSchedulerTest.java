package org.gradflow.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RedrawSchedulerTest {
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<String> drawn = new ArrayList<>();

    /** A chart whose redraw takes {@code cost} nanoseconds of the fake clock. */
    private final class Chart implements RedrawScheduler.Target {
        final String name;
        final long cost;
        boolean dirty = true;
        long last;

        Chart(String name, long cost, long last) {
            this.name = name;
            this.cost = cost;
            this.last = last;
        }

        @Override
        public boolean wantsPublish(long now, long minNanos) {
            return dirty && now - last >= minNanos;
        }

        @Override
        public long lastPublish() {
            return last;
        }

        @Override
        public void publish(long now) {
            drawn.add(name);
            clock.addAndGet(cost);
            last = now;
            dirty = false;
        }
    }

    @Test
    void stalestFirstWithinTheBudget() {
        RedrawScheduler s = new RedrawScheduler(100, 10, clock::get);
        Chart a = new Chart("a", 6, 30);
        Chart b = new Chart("b", 6, 10);
        Chart c = new Chart("c", 6, 20);
        assertThat(s.run(List.of(a, b, c))).isEqualTo(2);
        assertThat(drawn).containsExactly("b", "c");
        assertThat(s.run(List.of(a, b, c))).isEqualTo(1);
        assertThat(drawn).containsExactly("b", "c", "a");
    }

    @Test
    void respectsTheMinimumInterval() {
        RedrawScheduler s = new RedrawScheduler(100, 1_000, clock::get);
        Chart recent = new Chart("recent", 1, clock.get() - 50);
        Chart clean = new Chart("clean", 1, 0);
        clean.dirty = false;
        assertThat(s.run(List.of(recent, clean))).isZero();
        clock.addAndGet(60);
        assertThat(s.run(List.of(recent, clean))).isEqualTo(1);
    }

    @Test
    void alwaysDrawsOneEvenOverBudget() {
        RedrawScheduler s = new RedrawScheduler(0, 1, clock::get);
        Chart slow = new Chart("slow", 50, 0);
        assertThat(s.run(List.of(slow))).isEqualTo(1);
    }
}
