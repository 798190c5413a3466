package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.gradflow.model.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The compose view on headless Monocle, driven by TestFX through its CSS ids. */
@ExtendWith(ApplicationExtension.class)
class ComposeViewTest {
    private ComposeViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new ComposeViewModel(Specs.spiral());
        stage.setScene(new Scene((Parent) new ComposeView(vm).node(), 1100, 720));
        stage.show();
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    private static void showTrainingTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#composeTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Training");
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item)).queryLabeled());
    }

    @Test
    void addLayerTypeUnitsChooseActivationAndSeeListAndDiagram(FxRobot robot) throws Exception {
        robot.clickOn("#addLayerButton");
        assertThat(vm.layers()).hasSize(5);
        ListView<?> list = robot.lookup("#layerList").queryListView();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(robot.lookup("#layerTitle").queryAs(Label.class).getText()).isEqualTo("Layer 4 of 5");

        replaceText(robot, "#unitsField", "32");
        choose(robot, "#activationChoice", "ELU");
        assertThat(vm.layers().get(3).unitsProperty().get()).isEqualTo("32");
        assertThat(vm.layers().get(3).activationProperty().get()).isEqualTo(ActivationKind.ELU);
        assertThat(robot.lookup("#eluAlphaField").queryAs(TextField.class).isVisible()).isTrue();
        assertThat(robot.lookup("#leakySlopeField").queryAs(TextField.class).isVisible()).isFalse();
        assertThat(vm.specProperty().get().network().layers().get(3).units()).isEqualTo(32);

        assertThat(robot.lookup(".layer-cell .label").match(LabeledMatchers.hasText("32 · ELU · Xavier uniform")).tryQuery())
                .as("the list row shows the new summary").isPresent();
        assertThat(robot.lookup("#diagramLegend .label").match(LabeledMatchers.hasText("ELU")).tryQuery())
                .as("the diagram legend lists ELU").isPresent();
        int elu = Pixels.count(Pixels.snapshot(robot.lookup("#diagramCanvas").query()), Palette.ofActivation(ActivationKind.ELU), 0.03);
        assertThat(elu).as("the ELU bar is drawn in its colour").isGreaterThan(50);
    }

    @Test
    void anInvalidFieldShowsTheErrorStyleAndMessage(FxRobot robot) {
        robot.interact(() -> vm.selectedLayerProperty().set(2));
        replaceText(robot, "#unitsField", "0");
        TextField units = robot.lookup("#unitsField").queryAs(TextField.class);
        assertThat(units.getPseudoClassStates()).contains(FieldMarker.INVALID);
        assertThat(units.getTooltip().getText()).isEqualTo("must be between 1 and 65536, got 0");
        Label message = robot.lookup("#validationLabel").queryAs(Label.class);
        assertThat(message.getText()).startsWith("network.layers[2].units: must be between 1 and 65536");
        assertThat(message.getPseudoClassStates()).contains(FieldMarker.INVALID);
        assertThat(vm.validProperty().get()).isFalse();

        robot.write("12"); // "012" parses as 12 but breaks the residual block over layers 1-2
        assertThat(units.getPseudoClassStates()).doesNotContain(FieldMarker.INVALID);
        assertThat(robot.lookup("#residualChoice").queryAs(ComboBox.class).getPseudoClassStates()).doesNotContain(FieldMarker.INVALID);
        robot.interact(() -> vm.selectedLayerProperty().set(1));
        assertThat(robot.lookup("#residualChoice").queryAs(ComboBox.class).getPseudoClassStates()).contains(FieldMarker.INVALID);

        showTrainingTab(robot);
        replaceText(robot, "#learningRateField", "-1");
        assertThat(robot.lookup("#learningRateField").queryAs(TextField.class).getPseudoClassStates()).contains(FieldMarker.INVALID);
    }

    @Test
    void clickingTheDiagramSelectsTheLayer(FxRobot robot) {
        Canvas canvas = robot.lookup("#diagramCanvas").query();
        robot.clickOn(canvas); // the centre column of input + 4 layers is layer 1
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(1);
        assertThat(robot.lookup("#layerList").queryListView().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#unitsField").queryAs(TextField.class).getText()).isEqualTo("16");
    }

    @Test
    void repeatTheSelectedLayers(FxRobot robot) {
        ListView<?> list = robot.lookup("#layerList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().selectRange(0, 2);
        });
        @SuppressWarnings("unchecked")
        Spinner<Integer> count = robot.lookup("#repeatCount").queryAs(Spinner.class);
        robot.clickOn(count.getEditor());
        robot.interact(count.getEditor()::selectAll);
        robot.write("2"); // typed, not confirmed with Enter: the button commits it
        robot.clickOn("#repeatButton");
        assertThat(vm.layers()).hasSize(8);
        assertThat(Specs.activations(vm.specProperty().get())).containsExactly(ActivationKind.TANH, ActivationKind.RELU,
                ActivationKind.TANH, ActivationKind.RELU, ActivationKind.TANH, ActivationKind.RELU, ActivationKind.TANH,
                ActivationKind.SOFTMAX);
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText()).contains("residual block at layers 1-2 was dropped");
    }

    private static LayerCell cell(FxRobot robot, int index) {
        return robot.lookup(".layer-cell").match((LayerCell c) -> c.isVisible() && !c.isEmpty() && c.getIndex() == index)
                .queryAs(LayerCell.class);
    }

    /** Drag-and-drop gestures do not run on headless Monocle, so the drop is delivered as an event. */
    @Test
    void droppingALayerOntoAnotherRowMovesIt(FxRobot robot) {
        LayerCell first = cell(robot, 0);
        LayerCell third = cell(robot, 2);
        robot.interact(() -> third.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, null, 5, 5, 5, 5, TransferMode.MOVE,
                first, third, null)));
        assertThat(vm.layers().stream().map(r -> r.activationProperty().get()).toList())
                .containsExactly(ActivationKind.RELU, ActivationKind.TANH, ActivationKind.TANH, ActivationKind.SOFTMAX);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(2);
    }

    @Test
    void theRepeatCountTakesDigitsOnlyAndAnEmptyCountRepeatsNothing(FxRobot robot) {
        robot.interact(() -> vm.selectedLayerProperty().set(0));
        @SuppressWarnings("unchecked")
        Spinner<Integer> count = robot.lookup("#repeatCount").queryAs(Spinner.class);
        robot.clickOn(count.getEditor());
        robot.interact(count.getEditor()::selectAll);
        robot.write("x");
        assertThat(count.getEditor().getText()).isEqualTo("4");
        robot.interact(count.getEditor()::clear);
        robot.clickOn("#repeatButton");
        assertThat(vm.layers()).hasSize(4);
        assertThat(robot.lookup("#layerListMessage").queryAs(Label.class).getText()).isEqualTo("Type how many copies to add.");
    }

    @Test
    void lockingDisablesStructureEdits(FxRobot robot) {
        robot.interact(() -> {
            vm.selectedLayerProperty().set(0);
            vm.lockedProperty().set(true);
        });
        assertThat(robot.lookup("#addLayerButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#removeLayerButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#unitsField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#learningRateField").queryAs(TextField.class).isDisabled()).isFalse();
        robot.interact(() -> vm.lockedProperty().set(false));
        assertThat(robot.lookup("#removeLayerButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
