package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renders both views with realistic content and checks the pictures are not blank. With
 * {@code -Dcompose.preview.dir=DIR} it also writes {@code compose-view.png} and {@code dataset-view.png} there,
 * for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSnapshotTest {
    private ComposeView compose;
    private DatasetView dataset;

    @Start
    void start(Stage stage) {
        ComposeViewModel vm = new ComposeViewModel(Specs.spiral());
        vm.repeat(1, 2, 2);
        vm.layers().get(5).activationProperty().set(org.gradflow.model.ActivationKind.ELU);
        vm.layers().get(6).unitsProperty().set("32");
        vm.selectedLayerProperty().set(5);
        compose = new ComposeView(vm);
        stage.setScene(new Scene((Parent) compose.node(), 1100, 720));
        stage.show();
        dataset = new DatasetView(vm);
        dataset.setPreview(SpiralPreview.spiral(200, 3));
        dataset.setBoundary(SpiralPreview.boundary(3, 60));
        Stage second = new Stage();
        second.setScene(new Scene((Parent) dataset.node(), 820, 480));
        second.show();
    }

    @Test
    void bothViewsRender(FxRobot robot) throws Exception {
        Image composeImage = Pixels.snapshot(compose.node());
        Image datasetImage = Pixels.snapshot(dataset.node());
        assertThat(composeImage.getWidth()).isEqualTo(1100);
        assertThat(Pixels.count(composeImage, Palette.ofActivation(org.gradflow.model.ActivationKind.ELU), 0.03)).isGreaterThan(50);
        assertThat(Pixels.count(datasetImage, Palette.ofClass(2), 0.03)).isGreaterThan(200);
        String dir = System.getProperty("compose.preview.dir");
        if (dir != null && !dir.isBlank()) {
            write(composeImage, Path.of(dir, "compose-view.png"));
            write(datasetImage, Path.of(dir, "dataset-view.png"));
        }
    }

    private static void write(Image image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
