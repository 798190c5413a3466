package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.model.ResidualSpec;
import org.junit.jupiter.api.Test;

/**
 * Residual blocks move with their layers; an edit that removes one of a block's layers or separates them drops the
 * block with a notice. The spiral spec has layers 0-3 and a block over layers 1-2.
 */
class ResidualRulesTest {
    private final ComposeViewModel vm = new ComposeViewModel(Specs.spiral());

    private List<ResidualSpec> residuals() {
        assertThat(vm.validProperty().get()).as(vm.validationMessageProperty().get()).isTrue();
        return vm.specProperty().get().network().residuals();
    }

    @Test
    void insertingBeforeTheBlockShiftsIt() {
        vm.insertLayer(0);
        assertThat(residuals()).containsExactly(new ResidualSpec(2, 2));
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void removingALayerBeforeTheBlockShiftsIt() {
        vm.layers().get(1).unitsProperty().set("16");
        vm.removeLayer(0);
        assertThat(vm.layers().get(0).residualSpanProperty().get()).isEqualTo(2);
        // the block's input is now the network input (2 wide), so the spec reports the width on the block's layer
        assertThat(vm.problems()).containsKey("network.layers[0].residual");
    }

    @Test
    void insertingInsideTheBlockDropsIt() {
        vm.insertLayer(2);
        assertThat(residuals()).isEmpty();
        assertThat(vm.noticeProperty().get())
                .isEqualTo("The residual block at layers 1-2 was dropped because its layers are no longer adjacent.");
    }

    @Test
    void removingTheFirstLayerRemovesTheBlock() {
        vm.removeLayer(1);
        assertThat(residuals()).isEmpty();
        assertThat(vm.noticeProperty().get()).contains("removed with its first layer");
    }

    @Test
    void removingTheLastLayerOfTheBlockDropsIt() {
        vm.removeLayer(2);
        assertThat(vm.layers().get(1).residualSpanProperty().get()).isZero();
        assertThat(vm.noticeProperty().get()).contains("its last layer was removed");
    }

    @Test
    void movingAMemberAwayDropsTheBlock() {
        vm.moveLayer(2, 0);
        assertThat(residuals()).isEmpty();
        assertThat(vm.noticeProperty().get()).contains("no longer adjacent");
    }

    @Test
    void aOneLayerBlockMovesWithItsLayer() {
        vm.layers().get(1).residualSpanProperty().set(1);
        vm.moveLayer(1, 2);
        assertThat(residuals()).containsExactly(new ResidualSpec(2, 1));
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void movingAnotherLayerAroundTheBlockKeepsIt() {
        vm.moveLayer(0, 2);
        // layers are now: old1, old2, old0, out; the block still spans old1-old2, now at 0-1
        assertThat(vm.layers().get(0).residualSpanProperty().get()).isEqualTo(2);
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void repeatCopiesBlocksThatLieInsideTheRange() {
        vm.repeat(1, 2, 3);
        assertThat(residuals()).containsExactly(new ResidualSpec(1, 2), new ResidualSpec(3, 2), new ResidualSpec(5, 2),
                new ResidualSpec(7, 2));
        assertThat(vm.specProperty().get().network().layers()).hasSize(10);
    }

    @Test
    void repeatingHalfABlockDropsIt() {
        vm.repeat(0, 1, 1);
        assertThat(residuals()).isEmpty();
        assertThat(vm.noticeProperty().get()).contains("layers 1-2 was dropped");
    }

    @Test
    void duplicatingAOneLayerBlockCopiesIt() {
        vm.layers().get(1).residualSpanProperty().set(1);
        vm.duplicateLayer(1);
        assertThat(residuals()).containsExactly(new ResidualSpec(1, 1), new ResidualSpec(2, 1));
    }
}
