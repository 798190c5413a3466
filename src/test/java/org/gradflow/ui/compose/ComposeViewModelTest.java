package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.ResidualSpec;
import org.junit.jupiter.api.Test;

/** Structure edits of {@link ComposeViewModel}, checked on the resulting NetworkSpec. No window. */
class ComposeViewModelTest {
    private final ComposeViewModel vm = new ComposeViewModel(Specs.plainSpiral());

    private NetworkSpec network() {
        assertThat(vm.validProperty().get()).as(vm.validationMessageProperty().get()).isTrue();
        return vm.specProperty().get().network();
    }

    @Test
    void startsWithTheInitialSpecValidAndClean() {
        assertThat(vm.specProperty().get()).isEqualTo(Specs.plainSpiral());
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.validationMessageProperty().get()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(-1);
        assertThat(vm.layers()).hasSize(4);
    }

    @Test
    void roundTripsEveryLayerParameter() {
        ExperimentSpec s = Specs.spiral();
        List<LayerSpec> layers = List.of(
                new LayerSpec(16, org.gradflow.model.ActivationSpec.leakyRelu(0.2), org.gradflow.model.InitSpec.normal(0.5, 0.3),
                        -2.5, org.gradflow.model.NormPlacement.BEFORE_ACTIVATION, 0.25),
                LayerSpec.dense(16, ActivationKind.ELU, InitKind.CONSTANT).withActivation(org.gradflow.model.ActivationSpec.elu(0.7)),
                LayerSpec.dense(16, ActivationKind.RRELU, InitKind.UNIFORM).withActivation(org.gradflow.model.ActivationSpec.rrelu(0.1, 0.2))
                        .withInit(org.gradflow.model.InitSpec.uniform(0.05)),
                LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.ORTHOGONAL));
        ExperimentSpec rich = s.withNetwork(new NetworkSpec(2, layers, List.of(new ResidualSpec(1, 2))));
        vm.load(rich);
        assertThat(vm.specProperty().get()).isEqualTo(rich);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.layers().get(0).summaryProperty().get()).isEqualTo("16 · Leaky ReLU · normal · BN before · dropout 0.25");
    }

    @Test
    void addLayerPutsACopyOfTheLastHiddenLayerBeforeTheOutput() {
        vm.addLayer();
        assertThat(Specs.units(vm.specProperty().get())).containsExactly(16, 16, 16, 16, 3);
        assertThat(Specs.activations(vm.specProperty().get()))
                .containsExactly(ActivationKind.TANH, ActivationKind.RELU, ActivationKind.TANH, ActivationKind.TANH, ActivationKind.SOFTMAX);
        assertThat(network().layers().get(3).weightInit().kind()).isEqualTo(InitKind.XAVIER_UNIFORM);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(3);
    }

    @Test
    void insertLayerAtTheTopCopiesTheFirstHiddenLayer() {
        vm.layers().get(0).unitsProperty().set("32");
        vm.insertLayer(0);
        assertThat(Specs.units(vm.specProperty().get())).containsExactly(32, 32, 16, 16, 3);
        assertThat(vm.selectedLayerProperty().get()).isZero();
    }

    @Test
    void insertIntoANetworkWithoutHiddenLayersUsesEightTanhUnits() {
        vm.removeLayer(0);
        vm.removeLayer(0);
        vm.removeLayer(0);
        assertThat(vm.layers()).hasSize(1);
        vm.addLayer();
        assertThat(network().layers().get(0)).isEqualTo(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL));
    }

    @Test
    void duplicateInsertsTheCopyAfterTheOriginalAndSelectsIt() {
        vm.layers().get(1).dropoutProperty().set("0.3");
        vm.duplicateLayer(1);
        List<LayerSpec> layers = network().layers();
        assertThat(layers).hasSize(5);
        assertThat(layers.get(2)).isEqualTo(layers.get(1));
        assertThat(layers.get(2).dropout()).isEqualTo(0.3);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(2);
        vm.layers().get(2).unitsProperty().set("12");
        assertThat(vm.layers().get(1).unitsProperty().get()).as("the copy is independent").isEqualTo("16");
    }

    @Test
    void removeDeletesTheLayerAndSelectsTheOneNowInItsPlace() {
        vm.selectedLayerProperty().set(1);
        vm.removeLayer(1);
        assertThat(Specs.activations(vm.specProperty().get()))
                .containsExactly(ActivationKind.TANH, ActivationKind.TANH, ActivationKind.SOFTMAX);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(1);
        vm.removeLayer(2);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(1);
    }

    @Test
    void theLastLayerCannotBeRemoved() {
        vm.load(Specs.plainSpiral().withNetwork(NetworkSpec.of(2, List.of(LayerSpec.dense(3, ActivationKind.SOFTMAX, InitKind.ZEROS)))));
        assertThatThrownBy(() -> vm.removeLayer(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one");
    }

    @Test
    void moveReordersAndSelectsTheMovedLayer() {
        vm.moveLayer(0, 2);
        assertThat(Specs.activations(vm.specProperty().get()))
                .containsExactly(ActivationKind.RELU, ActivationKind.TANH, ActivationKind.TANH, ActivationKind.SOFTMAX);
        assertThat(network().layers().get(2).weightInit().kind()).isEqualTo(InitKind.XAVIER_NORMAL);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(2);
        vm.moveLayer(2, 0);
        assertThat(vm.specProperty().get()).isEqualTo(Specs.plainSpiral());
    }

    @Test
    void repeatStacksTheSelectionNTimes() {
        vm.repeat(0, 1, 3);
        assertThat(Specs.activations(vm.specProperty().get())).containsExactly(
                ActivationKind.TANH, ActivationKind.RELU, ActivationKind.TANH, ActivationKind.RELU,
                ActivationKind.TANH, ActivationKind.RELU, ActivationKind.TANH, ActivationKind.RELU,
                ActivationKind.TANH, ActivationKind.SOFTMAX);
        assertThat(network().layers()).hasSize(10);
    }

    @Test
    void repeatRefusesToGrowPastTheLayerLimit() {
        assertThatThrownBy(() -> vm.repeat(0, 2, 333)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000 layers");
        assertThat(vm.layers()).hasSize(4);
        vm.repeat(0, 2, 332);
        assertThat(network().layers()).hasSize(1000);
        assertThat(vm.layersLeft()).isZero();
    }

    @Test
    void badIndicesAndArgumentsAreRejected() {
        assertThatThrownBy(() -> vm.insertLayer(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> vm.moveLayer(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> vm.repeat(2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vm.repeat(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void structureEditsAreRefusedWhileLocked() {
        vm.lockedProperty().set(true);
        assertThatThrownBy(vm::addLayer).isInstanceOf(IllegalStateException.class).hasMessageContaining("training");
        assertThatThrownBy(() -> vm.removeLayer(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vm.moveLayer(0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vm.repeat(0, 0, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vm.load(Specs.spiral())).isInstanceOf(IllegalStateException.class);
        assertThat(vm.layers()).hasSize(4);
        vm.lockedProperty().set(false);
        vm.addLayer();
        assertThat(vm.layers()).hasSize(5);
    }

    @Test
    void layersListCannotBeChangedDirectly() {
        assertThatThrownBy(() -> vm.layers().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void selectionOutOfRangeIsCleared() {
        vm.selectedLayerProperty().set(2);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(2);
        vm.selectedLayerProperty().set(4);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(-1);
    }

    @Test
    void dirtyFollowsEditsUndoAndSave() {
        vm.training().learningRateProperty().set("0.02");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.training().learningRateProperty().set("0.01");
        assertThat(vm.dirtyProperty().get()).as("back to the saved value").isFalse();
        vm.layers().get(0).unitsProperty().set("0");
        assertThat(vm.dirtyProperty().get()).as("invalid edits are unsaved").isTrue();
        vm.layers().get(0).unitsProperty().set("20");
        vm.markSaved();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.addLayer();
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.load(Specs.spiral());
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void nameAndSeedAreEditable() {
        vm.nameProperty().set("deep tanh");
        vm.seedProperty().set("7");
        assertThat(vm.specProperty().get().name()).isEqualTo("deep tanh");
        assertThat(vm.specProperty().get().seed()).isEqualTo(7);
        vm.seedProperty().set("x");
        assertThat(vm.validationMessageProperty().get()).isEqualTo("seed: must be a whole number, got 'x'");
    }
}
