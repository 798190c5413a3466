package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.junit.jupiter.api.Test;

/**
 * Known behaviour at initialisation, the story of the seeds: 20 layers of 256 units (19 hidden + an identity output
 * layer), 256 standard-normal inputs, batch 256, MSE against standard-normal targets, biases 0. The first step's
 * statistics describe the initial network (gradients are measured before the update).
 */
class TheoryAtInitTest {
    private static StepStats firstStep(ActivationKind act, InitSpec init) {
        var spec = Experiments.deepRegression(256, 19, 256, act, init, 256, 256, 0.01, 1);
        return new Trainer(spec, TestData.regression(256, 256, 256, 11), Precision.FLOAT32).step();
    }

    private static double[] gradNorms(StepStats s) {
        return s.layers().stream().mapToDouble(LayerStats::gradNormW).toArray();
    }

    @Test
    void sigmoidWithXavierVanishesTowardTheInput() {
        double[] g = gradNorms(firstStep(ActivationKind.SIGMOID, InitSpec.of(InitKind.XAVIER_NORMAL)));
        assertThat(g).hasSize(20);
        double ratio = g[0] / g[19];
        // Reference implementation: about 10^-12.5. Each sigmoid layer multiplies the signal by at most 1/4.
        assertThat(ratio).isLessThan(1e-6).isGreaterThan(0);
        assertThat(Math.log10(ratio)).isBetween(-14.0, -11.0);
    }

    @Test
    void reluWithHeKeepsGradientsWithinOneDecade() {
        double[] g = gradNorms(firstStep(ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL)));
        double max = Arrays.stream(g).max().orElseThrow();
        double min = Arrays.stream(g).min().orElseThrow();
        // Reference implementation: about 6-7x.
        assertThat(max / min).isLessThan(10).isGreaterThan(1);
    }

    @Test
    void tanhWithStandardNormalInitSaturatesEveryLayer() {
        List<LayerStats> layers = firstStep(ActivationKind.TANH, InitSpec.normal(0, 1)).layers();
        List<Double> saturation = layers.subList(0, 19).stream().map(LayerStats::saturation).toList();
        // Reference implementation: about 88%.
        assertThat(saturation).allMatch(s -> s > 0.8);
        assertThat(layers.get(19).saturation()).isNaN();
    }
}
