package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The dataset panel on headless Monocle: settings drive the view model, the scatter plot draws what it is given. */
@ExtendWith(ApplicationExtension.class)
class DatasetViewTest {
    private ComposeViewModel vm;
    private DatasetView view;

    @Start
    void start(Stage stage) {
        vm = new ComposeViewModel(Specs.spiral());
        view = new DatasetView(vm);
        stage.setScene(new Scene((Parent) view.node(), 800, 480));
        stage.show();
    }

    private Image plot(FxRobot robot) throws Exception {
        Node plot = robot.lookup("#scatterPlot").query();
        return Pixels.snapshot(plot);
    }

    @Test
    void scatterPlotDrawsThePointsInClassColours(FxRobot robot) throws Exception {
        Image empty = plot(robot);
        assertThat(Pixels.count(empty, Palette.ofClass(0), 0.03)).isZero();
        robot.interact(() -> view.setPreview(SpiralPreview.spiral(150, 3)));
        Image drawn = plot(robot);
        for (int c = 0; c < 3; c++) {
            assertThat(Pixels.count(drawn, Palette.ofClass(c), 0.03)).as("pixels of class %d", c).isGreaterThan(200);
        }
    }

    @Test
    void boundaryCellsAreDrawnBeneathThePoints(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPreview(SpiralPreview.spiral(150, 3)));
        int withoutBoundary = Pixels.nonWhite(plot(robot));
        robot.interact(() -> view.setBoundary(SpiralPreview.boundary(3, 40)));
        Image withBoundary = plot(robot);
        assertThat(Pixels.nonWhite(withBoundary)).isGreaterThan(withoutBoundary + 20_000);
        // translucent cells: light tints, not the opaque class colour; sample just inside the square plot's corner
        double size = Math.min(withBoundary.getWidth(), withBoundary.getHeight()) - 16;
        int left = (int) ((withBoundary.getWidth() - size) / 2) + 4;
        int top = (int) ((withBoundary.getHeight() - size) / 2) + 4;
        Color corner = withBoundary.getPixelReader().getColor(left, top);
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isGreaterThan(1.5).isLessThan(2.97);
        robot.interact(() -> view.setBoundary(null));
        assertThat(Pixels.nonWhite(plot(robot))).isEqualTo(withoutBoundary);
    }

    @Test
    void oneInputRegressionIsDrawnAsTargetOverX(FxRobot robot) throws Exception {
        robot.interact(() -> view.setPreview(SpiralPreview.sine(200)));
        assertThat(Pixels.nonWhite(plot(robot))).isGreaterThan(1000);
    }

    @Test
    void choosingADatasetUpdatesTheNetwork(FxRobot robot) {
        robot.clickOn("#datasetKindChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("sine")).queryLabeled());
        assertThat(vm.inputSizeProperty().get()).isEqualTo("1");
        assertThat(vm.layers().get(3).unitsProperty().get()).isEqualTo("1");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(robot.lookup("#classesField").queryAs(TextField.class).isVisible()).isFalse();
        assertThat(robot.lookup("#datasetInfoLabel").queryAs(Label.class).getText()).isEqualTo("1 input, 1 regression target");
    }

    @Test
    void invalidNoiseIsMarked(FxRobot robot) {
        TextField noise = robot.lookup("#noiseField").queryAs(TextField.class);
        robot.clickOn(noise);
        robot.interact(noise::selectAll);
        robot.write("-1");
        assertThat(noise.getPseudoClassStates()).contains(FieldMarker.INVALID);
        assertThat(noise.getTooltip().getText()).isEqualTo("must not be negative, got -1.0");
        assertThat(vm.validationMessageProperty().get()).startsWith("dataset.noise:");
    }
}
