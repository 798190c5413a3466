package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowBufferTest {
    @Test
    void ringKeepsTheLatestRowsInOrderAndEvictsTheOldest() {
        RowBuffer b = new RowBuffer(2, 100);
        double[] out = new double[2];
        for (long step = 1; step <= 1000; step++) {
            if (b.isFull()) {
                long evicted = b.removeOldest(out);
                assertThat(evicted).isEqualTo(step - 100);
                assertThat(out).containsExactly(evicted, -evicted);
            }
            b.add(step, new double[] {step, -step});
        }
        assertThat(b.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(b.step(i)).isEqualTo(901 + i);
            assertThat(b.value(i, 1)).isEqualTo(-(901.0 + i));
        }
        SeriesBuilder s = new SeriesBuilder(100);
        b.appendColumn(0, s);
        Series series = s.build();
        assertThat(series.stepStart(0)).isEqualTo(901);
        assertThat(series.mean(99)).isEqualTo(1000.0);
        assertThat(b.estimatedBytes()).isGreaterThanOrEqualTo(100 * (8 + 2 * 8));
    }

    @Test
    void growsOnlyAsNeeded() {
        RowBuffer b = new RowBuffer(10, 8_192);
        long empty = b.estimatedBytes();
        b.add(1, new double[10]);
        assertThat(b.estimatedBytes() - empty).isLessThan(64 * 8 * 11 + 100);
        assertThatThrownBy(() -> new RowBuffer(0, 0).add(1, new double[0])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.step(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void stateRoundTripsAfterWrapping() {
        RowBuffer a = new RowBuffer(3, 50);
        double[] out = new double[3];
        for (long step = 1; step <= 123; step++) {
            if (a.isFull()) {
                a.removeOldest(out);
            }
            a.add(step, new double[] {step, step * 0.5, Double.NaN});
        }
        RowsState state = a.state();
        assertThat(state.steps()).startsWith(74L).endsWith(123L);
        RowBuffer b = RowBuffer.fromState(state, 3, 50);
        assertThat(b.state()).isEqualTo(state);
        b.removeOldest(out);
        a.removeOldest(out);
        b.add(124, new double[] {1, 2, 3});
        a.add(124, new double[] {1, 2, 3});
        assertThat(b.state()).isEqualTo(a.state());
        assertThatThrownBy(() -> RowBuffer.fromState(state, 3, 49)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowBuffer.fromState(state, 4, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
