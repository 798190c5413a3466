package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;
import org.junit.jupiter.api.Test;

class MemoryReportTest {
    @Test
    void printsOneLineEveryNStepsWithRateMemoryAndTheHistoryAgainstItsBound() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        History history = new History();
        MemoryReport report = new MemoryReport(new PrintWriter(text), 10, history, clock::get);
        for (long step = 1; step <= 25; step++) {
            StepStats s = step(step);
            history.record(s);
            clock.addAndGet(50_000_000L); // 20 steps per second
            report.onStep(s);
        }
        String[] lines = text.toString().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("memory at step 10: 20 steps/s, heap ").contains(" MB, JavaCPP ")
                .contains(" MB, resident ").containsPattern("matrices \\d+, GCs \\d+ \\(\\d+ ms\\)")
                .containsPattern("history \\d+\\.\\d\\d MB of \\d+\\.\\d\\d MB bound$");
        assertThat(lines[1]).startsWith("memory at step 20: 20 steps/s, heap ");
        assertThat(history.estimatedBytes()).isLessThan(history.boundBytes());
    }

    @Test
    void refusesAnIntervalBelowOne() {
        assertThatThrownBy(() -> new MemoryReport(new PrintWriter(new StringWriter()), 0, new History()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StepStats step(long step) {
        List<LayerStats> layers = new ArrayList<>();
        layers.add(new LayerStats(1, 1, 1, 1e-3, 1, 0, 1, 0.1, Double.NaN, false));
        return new StepStats(step, 1, Double.NaN, Double.NaN, 0.01, 1, 1, false, false, layers, List.of());
    }
}
