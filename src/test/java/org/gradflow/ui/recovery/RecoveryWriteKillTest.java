package org.gradflow.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The autosave never leaves a half-written recovery file: a child JVM that keeps writing its recovery file (about
 * 16 MB) through {@link RecoveryStore#write} is killed at random moments, again and again; after every kill the
 * crashed session's file is found and loads completely.
 */
class RecoveryWriteKillTest {
    @TempDir
    Path dir;

    @Test
    void killingTheSessionMidAutosaveLeavesARecoveryFileThatLoads() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        SplittableRandom random = new SplittableRandom(5);
        RecoveryStore fresh = new RecoveryStore(dir, 1, pid -> false);
        // An earlier autosave of the same session: every kill must leave this or a newer complete file.
        new RecoveryStore(dir, 4242, pid -> false).write(RecoveryWriteChild.content(-1, "x".repeat(16 * 1024 * 1024)),
                Path.of("/work/run-first.json"));
        int kills = 6;
        int completeRounds = 0;
        long lastRound = -1;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    RecoveryWriteChild.class.getName(), dir.toString(), "4242", "16").redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(300 + random.nextInt(1200));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            var crashed = fresh.newestCrashed();
            assertThat(crashed).isPresent();
            ExperimentFile loaded = ExperimentFiles.load(crashed.get().file());
            assertThat(loaded.history().get("filler").textValue()).hasSize(16 * 1024 * 1024);
            long round = loaded.history().get("round").asLong();
            assertThat(crashed.get().original().getFileName().toString()).startsWith("run-");
            if (round >= 0 && round != lastRound) {
                completeRounds++;
                lastRound = round;
            }
        }
        assertThat(completeRounds).as("the child must have completed writes, else nothing was tested").isPositive();
    }
}
