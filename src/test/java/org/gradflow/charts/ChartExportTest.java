package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.gradflow.diagnostics.History;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExportTest {
    @TempDir
    Path dir;

    private static JFreeChart chart() {
        return Charts.build(ChartKind.GRADIENT_NORMS, Runs.sigmoid6(), ChartOptions.DEFAULT);
    }

    @Test
    void pngHasTheRequestedPixelSize() throws IOException {
        Path file = dir.resolve("norms.png");
        ChartExport.writePng(chart(), file, 400, 250, 2.0);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(Images.distinctColours(image)).isGreaterThan(40);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void defaultPngIs1600By1000AtScale2() throws IOException {
        Path file = dir.resolve("default.png");
        ChartExport.writePng(Charts.build(ChartKind.LOSS, Runs.sigmoid6(), ChartOptions.DEFAULT), file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(image.getHeight()).isEqualTo(2000);
    }

    @Test
    void aScaledImageHoldsMoreDetailNotJustBiggerPixels() {
        BufferedImage one = ChartExport.render(chart(), 400, 250, 1.0);
        BufferedImage two = ChartExport.render(chart(), 400, 250, 2.0);
        assertThat(Images.distinctColours(two)).isGreaterThan(Images.distinctColours(one));
    }

    @Test
    void pngReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("norms.png");
        Files.writeString(file, "old");
        ChartExport.writePng(chart(), file, 200, 100, 1.0);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void svgIsAnSvgDocumentWithTheTitle() throws IOException {
        Path file = dir.resolve("norms.svg");
        JFreeChart chart = chart();
        ChartExport.writeSvg(chart, file, 800, 500);
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(chart.getTitle().getText())
                .containsPattern("width=['\"]800(\\.0)?['\"]").endsWith("</svg>\n");
        assertThat(ChartExport.toSvg(chart(), 800, 500)).as("reproducible").isEqualTo(svg);
    }

    @Test
    void badSizesAreRejectedAndNothingIsWritten() {
        Path file = dir.resolve("bad.png");
        assertThatThrownBy(() -> ChartExport.writePng(chart(), file, 0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width");
        assertThatThrownBy(() -> ChartExport.writePng(chart(), file, 100, 100, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> ChartExport.writePng(chart(), file, 10_000, 100, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20000 pixels");
        assertThatThrownBy(() -> ChartExport.writeSvg(chart(), file, 100, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("height");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingFolderIsAnIOException() {
        assertThatThrownBy(() -> ChartExport.writePng(chart(), dir.resolve("missing/x.png"), 100, 100, 1))
                .isInstanceOf(IOException.class);
    }

    @Test
    void sameHistoryGivesByteIdenticalPngs() throws IOException {
        History reloaded = History.fromState(Runs.sigmoid6().state());
        for (ChartKind kind : ChartKind.values()) {
            Theme theme = Theme.values()[kind.ordinal() % Theme.values().length];
            ChartOptions options = ChartOptions.DEFAULT.withTheme(theme).withLayer(1);
            Path a = dir.resolve(kind.fileBaseName() + "-a.png");
            Path b = dir.resolve(kind.fileBaseName() + "-b.png");
            Path c = dir.resolve(kind.fileBaseName() + "-c.png");
            ChartExport.writePng(Charts.build(kind, Runs.sigmoid6(), options), a, 500, 300, 1.0);
            ChartExport.writePng(Charts.build(kind, Runs.sigmoid6(), options), b, 500, 300, 1.0);
            ChartExport.writePng(Charts.build(kind, reloaded, options), c, 500, 300, 1.0);
            assertThat(Files.readAllBytes(b)).as("%s %s built twice", kind, theme).isEqualTo(Files.readAllBytes(a));
            assertThat(Files.readAllBytes(c)).as("%s %s from the reloaded History", kind, theme)
                    .isEqualTo(Files.readAllBytes(a));
        }
    }
}
