package org.gradflow.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.ResidualSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every layer's backward pass against central finite differences, in double precision. */
class GradientCheckTest {
    private static final double SMOOTH = 1e-6;
    private static final double NEAR_KINK = 1e-4;

    private static LayerSpec layer(int units, ActivationSpec act) {
        return new LayerSpec(units, act, InitSpec.of(InitKind.XAVIER_NORMAL), 0.1, NormPlacement.NONE, 0);
    }

    private static double toleranceFor(ActivationKind kind) {
        return kind.isReluFamily() || kind == ActivationKind.ELU || kind == ActivationKind.SELU ? NEAR_KINK : SMOOTH;
    }

    private static void assertGradientsMatch(NetworkSpec spec, LossKind loss, double l1, double l2, double tolerance) {
        GradientChecker.Result r = new GradientChecker(spec, loss, 7, 42, l1, l2).check();
        assertThat(r.checked()).isEqualTo((int) spec.parameterCount());
        assertThat(r.maxRelativeError())
                .as("worst %s[%d]: analytic %s vs numeric %s", r.worstParam(), r.worstIndex(), r.analytic(), r.numeric())
                .isLessThan(tolerance);
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKind.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void everyActivationInHiddenAndOutputLayersWithMse(ActivationKind kind) {
        ActivationSpec act = ActivationSpec.of(kind);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, act), layer(5, act), layer(3, act)));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, toleranceFor(kind));
    }

    @Test
    void softmaxCrossEntropy() {
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, ActivationSpec.of(ActivationKind.TANH)),
                layer(5, ActivationSpec.of(ActivationKind.SOFTMAX))));
        assertGradientsMatch(spec, LossKind.SOFTMAX_CROSS_ENTROPY, 0, 0, SMOOTH);
    }

    @Test
    void binaryCrossEntropy() {
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, ActivationSpec.of(ActivationKind.SIGMOID)),
                layer(3, ActivationSpec.of(ActivationKind.SIGMOID))));
        assertGradientsMatch(spec, LossKind.BINARY_CROSS_ENTROPY, 0, 0, SMOOTH);
    }

    @ParameterizedTest
    @EnumSource(value = NormPlacement.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void batchNorm(NormPlacement placement) {
        ActivationSpec tanh = ActivationSpec.of(ActivationKind.TANH);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, tanh).withBatchNorm(placement),
                layer(5, tanh).withBatchNorm(placement), layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, SMOOTH);
    }

    @Test
    void dropoutWithFixedMask() {
        ActivationSpec tanh = ActivationSpec.of(ActivationKind.TANH);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(8, tanh).withDropout(0.5), layer(6, tanh).withDropout(0.3),
                layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, SMOOTH);
    }

    @Test
    void dropoutMaskReallyDropsUnits() {
        ActivationSpec tanh = ActivationSpec.of(ActivationKind.TANH);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(8, tanh).withDropout(0.5),
                layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        GradientChecker checker = new GradientChecker(spec, LossKind.MSE, 7, 42, 0, 0);
        double[] mask = checker.network().layers().get(0).dropoutMask().toArray();
        long zeros = java.util.Arrays.stream(mask, 0, 7 * 8).filter(v -> v == 0).count();
        assertThat(zeros).isBetween(10L, 46L);
        assertThat(java.util.Arrays.stream(mask, 0, 7 * 8).filter(v -> v != 0)).allMatch(v -> Math.abs(v - 2) < 1e-12);
    }

    @Test
    void residualBlocksOfOneAndTwoLayers() {
        ActivationSpec tanh = ActivationSpec.of(ActivationKind.TANH);
        List<LayerSpec> layers = new ArrayList<>();
        layers.add(layer(5, tanh));
        layers.add(layer(5, tanh));
        layers.add(layer(5, tanh).withBatchNorm(NormPlacement.BEFORE_ACTIVATION));
        layers.add(layer(5, tanh));
        layers.add(layer(5, tanh).withDropout(0.2));
        layers.add(layer(2, ActivationSpec.of(ActivationKind.IDENTITY)));
        NetworkSpec spec = new NetworkSpec(5, layers,
                List.of(new ResidualSpec(0, 1), new ResidualSpec(1, 2), new ResidualSpec(3, 2)));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, SMOOTH);
    }

    @Test
    void l1AndL2Penalties() {
        ActivationSpec tanh = ActivationSpec.of(ActivationKind.TANH);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, tanh), layer(5, tanh).withBatchNorm(NormPlacement.AFTER_ACTIVATION),
                layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        assertGradientsMatch(spec, LossKind.MSE, 0.01, 0.1, SMOOTH);
    }

    @Test
    void rreluWithFixedSlopes() {
        ActivationSpec rrelu = ActivationSpec.rrelu(0.1, 0.4);
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, rrelu), layer(5, rrelu),
                layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, NEAR_KINK);
    }

    @Test
    void nonDefaultActivationParameters() {
        NetworkSpec spec = NetworkSpec.of(4, List.of(layer(6, ActivationSpec.leakyRelu(0.2)), layer(5, ActivationSpec.elu(0.5)),
                layer(3, ActivationSpec.of(ActivationKind.IDENTITY))));
        assertGradientsMatch(spec, LossKind.MSE, 0, 0, NEAR_KINK);
    }
}
