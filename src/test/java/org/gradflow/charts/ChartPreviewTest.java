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
 * Writes one PNG of every chart of a realistic run for people to look at; runs only when the system property
 * {@code gradflow.chartsPreview} names the output folder, for example
 * {@code mvn test -Dtest=ChartPreviewTest -Dgradflow.chartsPreview=/tmp/charts-preview}.
 */
@EnabledIfSystemProperty(named = "gradflow.chartsPreview", matches = ".+")
class ChartPreviewTest {
    @Test
    void writePreviews() throws IOException {
        Path dir = Path.of(System.getProperty("gradflow.chartsPreview"));
        Files.createDirectories(dir);
        History run = Runs.train(Runs.classifier(9, 32, ActivationKind.SIGMOID, InitSpec.of(InitKind.XAVIER_NORMAL),
                3000, new ClipSpec(ClipKind.GLOBAL_NORM, 1.0), 0.5, 11), Long.MAX_VALUE);
        for (ChartKind kind : ChartKind.values()) {
            for (Theme theme : Theme.values()) {
                Path file = dir.resolve(kind.fileBaseName() + (theme == Theme.DARK ? "-dark" : "") + ".png");
                ChartExport.writePng(Charts.build(kind, run, ChartOptions.DEFAULT.withTheme(theme)), file, 1200, 750,
                        1.0);
                assertThat(file).isNotEmptyFile();
            }
        }
        History exploding = Runs.train(Runs.classifier(5, 32, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL), 1000,
                ClipSpec.NONE, 1.0, 5), Long.MAX_VALUE);
        for (ChartKind kind : ChartKind.values()) {
            Path file = dir.resolve("exploding-" + kind.fileBaseName() + ".png");
            ChartExport.writePng(Charts.build(kind, exploding, ChartOptions.DEFAULT), file, 1200, 750, 1.0);
            assertThat(file).isNotEmptyFile();
        }
        History deep = Runs.deep50();
        for (ChartKind kind : ChartKind.values()) {
            Path file = dir.resolve("deep50-" + kind.fileBaseName() + ".png");
            ChartExport.writePng(Charts.build(kind, deep, ChartOptions.DEFAULT), file, 1200, 750, 1.0);
            assertThat(file).isNotEmptyFile();
        }
    }
}
