package org.gradflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradflow.diagnostics.History;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.run.RunFiles;
import org.gradflow.ui.testing.UiSpecs;
import org.gradflow.ui.recovery.RecoveryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A real crash: the app runs in a child JVM (headless Monocle), trains with autosave every second, and is killed with
 * {@code destroyForcibly}. Every time its recovery file was looked at while it ran it loaded completely; after the
 * kill a fresh window offers the work and the restored charts hold every autosaved step.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class AppCrashTest {
    @TempDir
    Path dir;
    private MainWindow window;

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(window::dispose);
        }
    }

    @Test
    void workOfAKilledAppIsOfferedAndRestored(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        Path experiment = UiSpecs.write(UiSpecs.fiveLayers(1_000_000), dir.resolve("run.json"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dtestfx.headless=true", "-Dgradflow.config=" + dir.resolve("config"),
                "org.gradflow.Main", "--open", experiment.toString(), "--train", "--autosave-seconds", "1",
                "--recovery-dir", recovery.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile()).start();
        Path file = recovery.resolve("recovery-" + app.pid() + ".json");
        int looks = 0;
        long autosaved = 0;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (autosaved < 100 && System.nanoTime() < deadline) {
                assertThat(app.isAlive()).as("the app runs (log: %s)", dir.resolve("app.log")).isTrue();
                if (Files.exists(file)) {
                    History h = history(file); // always a complete file, whenever it is read
                    autosaved = h == null ? 0 : h.stepCount();
                    looks++;
                }
                Thread.sleep(250);
            }
        } finally {
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(autosaved).as("autosaved steps before the kill").isGreaterThanOrEqualTo(100);
        long recorded = history(file).stepCount();
        System.out.printf("crash: %d reads of the recovery file while the app ran; %d steps autosaved at the kill%n",
                looks, recorded);

        window = Windows.open(robot, dir.resolve("fresh"));
        Windows.restore(robot, window, RecoveryStore.forThisProcess(recovery), recorded);
        assertThat(window.files().currentFileProperty().get()).isEqualTo(experiment.toAbsolutePath());
        assertThat(file).doesNotExist();
    }

    private static History history(Path file) throws Exception {
        return RunFiles.history(ExperimentFiles.load(file), file.getFileName().toString());
    }
}
