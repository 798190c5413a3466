package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gradflow.diagnostics.History;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes every chart of realistic runs as PNGs for people to look at; runs only when the system property
 * {@code gradflow.chartsPreview} names the output folder, for example
 * {@code mvn test -Dtest=ChartPreviewTest -Dgradflow.chartsPreview=/tmp/charts-preview}. The folder gets one file
 * per chart kind of a 10-layer sigmoid run (3,000 steps, global-norm clipping at 1) at the default export size, and
 * subfolders with the same run in the dark theme, a ReLU run that explodes into NaN, and a 50-layer tanh run.
 */
@EnabledIfSystemProperty(named = "gradflow.chartsPreview", matches = ".+")
class ChartPreviewTest {
    @Test
    void writePreviews() throws IOException {
        Path dir = Path.of(System.getProperty("gradflow.chartsPreview"));
        History sigmoid = Runs.train(Runs.classifier(9, 32, ActivationKind.SIGMOID,
                InitSpec.of(InitKind.XAVIER_NORMAL), 3000, new ClipSpec(ClipKind.GLOBAL_NORM, 1.0), 0.5, 11),
                Long.MAX_VALUE);
        Files.createDirectories(dir);
        for (ChartKind kind : ChartKind.values()) {
            Path file = dir.resolve(kind.fileBaseName() + ".png");
            ChartExport.writePng(Charts.build(kind, sigmoid, ChartOptions.DEFAULT), file);
            assertThat(file).isNotEmptyFile();
        }
        writeAll(dir.resolve("dark"), sigmoid, ChartOptions.DEFAULT.withTheme(Theme.DARK));
        History exploding = Runs.train(Runs.classifier(5, 32, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL),
                1000, ClipSpec.NONE, 1.0, 5), Long.MAX_VALUE);
        writeAll(dir.resolve("exploding-relu"), exploding, ChartOptions.DEFAULT);
        writeAll(dir.resolve("deep50-tanh"), Runs.deep50(), ChartOptions.DEFAULT);
    }

    private static void writeAll(Path dir, History history, ChartOptions options) throws IOException {
        Files.createDirectories(dir);
        for (ChartKind kind : ChartKind.values()) {
            Path file = dir.resolve(kind.fileBaseName() + ".png");
            ChartExport.writePng(Charts.build(kind, history, options), file, 1200, 750, 1.0);
            assertThat(file).isNotEmptyFile();
        }
    }
}
