package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;
import org.junit.jupiter.api.Test;

class LayerRowViewModelTest {
    private final LayerSpec spec = new LayerSpec(64, ActivationSpec.elu(0.5), new InitSpec(InitKind.HE_UNIFORM, 0, 0, 1, 1, 1.5), 0.1,
            NormPlacement.AFTER_ACTIVATION, 0.2);

    @Test
    void roundTripsItsLayer() {
        LayerRowViewModel row = new LayerRowViewModel(spec);
        FieldProblems p = new FieldProblems();
        assertThat(row.toSpec("l.", p)).isEqualTo(spec);
        assertThat(p.isEmpty()).isTrue();
        assertThat(row.eluAlphaProperty().get()).isEqualTo("0.5");
        assertThat(row.leakySlopeProperty().get()).isEqualTo("0.01");
    }

    @Test
    void summaryFollowsEdits() {
        LayerRowViewModel row = new LayerRowViewModel(spec);
        assertThat(row.summaryProperty().get()).isEqualTo("64 · ELU · He uniform · BN after · dropout 0.2");
        row.dropoutProperty().set("0");
        row.batchNormProperty().set(NormPlacement.NONE);
        row.residualSpanProperty().set(1);
        row.activationProperty().set(ActivationKind.SIGMOID);
        assertThat(row.summaryProperty().get()).isEqualTo("64 · sigmoid · He uniform · residual block of 1 layer");
    }

    @Test
    void aCopyIsIndependentAndTakesTheGivenSpan() {
        LayerRowViewModel row = new LayerRowViewModel(spec);
        row.residualSpanProperty().set(2);
        row.unitsProperty().set("not yet a number");
        LayerRowViewModel copy = row.copy(0);
        assertThat(copy.unitsProperty().get()).isEqualTo("not yet a number");
        assertThat(copy.residualSpanProperty().get()).isZero();
        assertThat(copy.activationProperty().get()).isEqualTo(ActivationKind.ELU);
        copy.unitsProperty().set("8");
        assertThat(row.unitsProperty().get()).isEqualTo("not yet a number");
    }

    @Test
    void hiddenParametersNeverBlockTheLayer() {
        LayerRowViewModel row = new LayerRowViewModel(LayerSpec.dense(4, ActivationKind.TANH, InitKind.ZEROS));
        row.leakySlopeProperty().set("junk");
        row.rreluUpperProperty().set("-5");
        row.initStdProperty().set("-1");
        row.initGainProperty().set("0");
        FieldProblems p = new FieldProblems();
        LayerSpec built = row.toSpec("l.", p);
        assertThat(p.asMap()).isEmpty();
        assertThat(built.activation().alpha()).isEqualTo(ActivationSpec.DEFAULT_LEAKY_SLOPE);
        assertThat(built.weightInit().gain()).isEqualTo(1);
    }
}
