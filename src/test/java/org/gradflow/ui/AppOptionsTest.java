package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gradflow.Main;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
    @Test
    void parsesTheAppOptions() {
        AppOptions o = AppOptions.parse(List.of("--open", "x.json", "--train", "--perf-log", "p.txt", "--quit-after",
                "30", "--dark"));
        assertThat(o).isEqualTo(new AppOptions(Path.of("x.json"), true, Path.of("p.txt"), 30, true,
                AppOptions.DEFAULT_AUTOSAVE_SECONDS, null));
        assertThat(AppOptions.parse(List.of())).isEqualTo(AppOptions.NONE);
        assertThat(AppOptions.parse(List.of("runs/deep.json")).open()).isEqualTo(Path.of("runs/deep.json"));
    }

    @Test
    void autosaveIntervalAndRecoveryFolder() {
        AppOptions o = AppOptions.parse(List.of("--autosave-seconds", "2.5", "--recovery-dir", "rec"));
        assertThat(o.autosaveSeconds()).isEqualTo(2.5);
        assertThat(o.recoveryDir()).isEqualTo(Path.of("rec"));
        assertThat(AppOptions.parse(List.of("--autosave-seconds", "0")).autosaveSeconds()).isZero();
        assertThat(AppOptions.NONE.autosaveSeconds()).isEqualTo(30);
        assertThatThrownBy(() -> AppOptions.parse(List.of("--autosave-seconds", "-1")))
                .hasMessage("--autosave-seconds needs a positive number or 0, got '-1'");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--quit-after", "0")))
                .hasMessage("--quit-after needs a positive number, got '0'");
    }

    @Test
    void rejectsUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--fast"))).hasMessage("unknown option or argument '--fast'");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--perf-log"))).hasMessage("--perf-log needs a value");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--quit-after", "soon")))
                .hasMessageContaining("needs a number");
    }

    @Test
    void mainOpensTheAppUnlessACommandIsGiven() {
        Set<String> commands = Set.of("run", "charts");
        assertThat(Main.isAppInvocation(new String[0], commands)).isTrue();
        assertThat(Main.isAppInvocation(new String[] {"--perf-log", "f"}, commands)).isTrue();
        assertThat(Main.isAppInvocation(new String[] {"run", "x.json"}, commands)).isFalse();
        assertThat(Main.isAppInvocation(new String[] {"--help"}, commands)).isFalse();
        assertThat(Main.isAppInvocation(new String[] {"-V"}, commands)).isFalse();
    }

    @Test
    void theFrameTimeProbeExperimentLoads() throws Exception {
        var spec = org.gradflow.io.ExperimentFiles.load(Path.of("src/test/resources/org/gradflow/ui/perf-tanh-20x128.json"))
                .spec();
        assertThat(spec.network().layers()).hasSize(21);
        assertThat(spec.network().layers().get(0).units()).isEqualTo(128);
        assertThat(spec.network().layers().get(0).activation().kind().name()).isEqualTo("TANH");
    }

    @Test
    void perfSummaryReportsPercentilesAndLongPulses() {
        long[] pulses = new long[100];
        for (int i = 0; i < 100; i++) {
            pulses[i] = 16_000_000L;
        }
        pulses[7] = 150_000_000L;
        pulses[8] = 40_000_000L;
        assertThat(PerfProbe.summary("x", pulses, 100))
                .isEqualTo("x: pulses=100 p50=16.0ms p95=16.0ms max=150.0ms over100ms=1" + System.lineSeparator());
        assertThat(PerfProbe.summary("y", new long[0], 0)).isEqualTo("y: no pulses\n");
        // 7 x 16 ms + 150 ms: the slow pulse ends 0.262 s into training
        assertThat(PerfProbe.slowPulses(pulses, 100)).isEqualTo("while training, pulses over 100 ms at: 0.3 s (150 ms)\n");
        assertThat(PerfProbe.slowPulses(new long[] {16_000_000L}, 1)).isEmpty();
    }
}
