package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.run.ExperimentRun;
import org.gradflow.run.RunFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a 2,000-step run of the vanishing preset, exported, saved and reopened, shows the same charts: every
 * PNG exported from the reopened file is pixel-identical (and byte-identical) to the one exported from the live run.
 */
class ReopenedChartsTest {
    @TempDir
    Path dir;

    @Test
    void reopenedRunExportsPixelIdenticalCharts() throws Exception {
        Path preset = Path.of("assets/experiments/01-deep-sigmoid-vanishes.json");
        ExperimentFile file = ExperimentFiles.load(preset);
        ExperimentRun run = ExperimentRun.start(file.spec().withTraining(file.spec().training().withSteps(2_000)),
                preset.getParent(), HistoryLimits.DEFAULT);
        run.runToEnd(() -> false);
        assertThat(run.history().stepCount()).isEqualTo(2_000);

        Path live = Files.createDirectories(dir.resolve("live"));
        List<Path> first = ChartFiles.writeAll(run.history(), live, false);
        Path saved = dir.resolve("saved.json");
        RunFiles.save(run, saved);

        History reopened = RunFiles.history(ExperimentFiles.load(saved), saved.toString());
        Path again = Files.createDirectories(dir.resolve("reopened"));
        List<Path> second = ChartFiles.writeAll(reopened, again, false);

        assertThat(second).hasSameSizeAs(first).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < first.size(); i++) {
            Path a = first.get(i);
            Path b = second.get(i);
            assertThat(b.getFileName()).isEqualTo(a.getFileName());
            assertThat(samePixels(ImageIO.read(a.toFile()), ImageIO.read(b.toFile()))).as("pixels of %s", a.getFileName())
                    .isTrue();
            assertThat(Files.readAllBytes(b)).as("bytes of %s", b.getFileName()).isEqualTo(Files.readAllBytes(a));
        }
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
