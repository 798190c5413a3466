package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves are atomic: a child JVM that keeps saving a large experiment file (about 24 MB) is killed with
 * {@code destroyForcibly} at random moments, again and again, and after every kill the file still loads, holding
 * one complete save.
 */
class AtomicSaveKillTest {
    @TempDir
    Path dir;

    @Test
    void killingTheSaverMidWriteNeverLeavesAFileThatDoesNotLoad() throws Exception {
        Path target = dir.resolve("run.json");
        Path sample = Path.of("src/test/resources/experiments/v1/deep-sigmoid-vanishing.json");
        ExperimentFiles.save(ExperimentFiles.load(sample), target);
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        SplittableRandom random = new SplittableRandom(11);
        int kills = 8;
        long lastRound = -1;
        int roundsSeen = 0;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(javaBinary, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    AtomicSaveChild.class.getName(), target.toString(), sample.toString(), "24")
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(150 + random.nextInt(900));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            ExperimentFile loaded = ExperimentFiles.load(target);
            assertThat(loaded.spec().name()).isNotBlank();
            if (loaded.history() != null) {
                assertThat(loaded.history().get("filler").textValue()).hasSize(24 * 1024 * 1024);
                long round = loaded.history().get("round").asLong();
                if (round != lastRound) {
                    roundsSeen++;
                    lastRound = round;
                }
            }
        }
        assertThat(roundsSeen).as("the child must have completed saves, else nothing was tested").isPositive();
        List<Path> leftovers;
        try (var files = java.nio.file.Files.list(dir)) {
            leftovers = files.filter(p -> !p.equals(target)).toList();
        }
        assertThat(leftovers.size()).as("temporary files left by killed saves").isLessThanOrEqualTo(kills);
    }
}
