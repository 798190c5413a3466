package org.gradflow.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.gradflow.presets.Presets.at;
import static org.gradflow.presets.Presets.bestValAccuracy;
import static org.gradflow.presets.Presets.lastValAccuracy;
import static org.gradflow.presets.Presets.lastValLoss;
import static org.gradflow.presets.Presets.load;
import static org.gradflow.presets.Presets.maxOver;
import static org.gradflow.presets.Presets.run;
import static org.gradflow.presets.Presets.withInit;
import static org.gradflow.presets.Presets.withSteps;

import java.util.Arrays;
import java.util.List;
import org.gradflow.diagnostics.EventKind;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryEvent;
import org.gradflow.diagnostics.LayerMetric;
import org.gradflow.diagnostics.StepMetric;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.run.ExperimentRun;
import org.junit.jupiter.api.Test;

/**
 * Each preset experiment of {@code assets/experiments} tells one story of the seeds (vanishing and exploding
 * gradients and their remedies); these tests run the presets as the app does ({@link ExperimentRun} with the default
 * History) and check each story with numbers from the History, the trainer or the trained weights. The default
 * experiment (the first preset) is checked over its full run; the others over shortened runs in which their story
 * is already visible, unless the full run is cheap. Expected values in the comments were measured on the presets as
 * committed (seed 7).
 */
class PresetStoriesTest {
    private static final double LN3 = Math.log(3);

    @Test
    void deepSigmoidVanishesThroughoutTheDefaultRun() throws Exception {
        ExperimentSpec spec = load("01-deep-sigmoid-vanishes.json");
        ExperimentRun run = run(spec);
        History h = run.history();
        int last = h.layerCount() - 1;
        assertThat(h.stepCount()).isEqualTo(spec.training().steps());
        assertThat(run.trainer().stoppedOnNonFinite()).isFalse();

        // The example: after 100 steps the first layer gets less than 1% of the last layer's gradient
        // (measured: 4 * 10^-7 of it).
        double ratioAt100 = at(h, 0, LayerMetric.GRAD_NORM_W, 100) / at(h, last, LayerMetric.GRAD_NORM_W, 100);
        assertThat(ratioAt100).isPositive().isLessThan(1e-4);
        // The chain rule at work: at initialisation every layer gets less gradient than the layer above it.
        for (int i = 0; i < last; i++) {
            assertThat(at(h, i, LayerMetric.GRAD_NORM_W, 1)).as("layer %d vs %d at step 1", i, i + 1)
                    .isLessThan(at(h, i + 1, LayerMetric.GRAD_NORM_W, 1));
        }
        // ... and it stays so for the whole run: the largest first-layer gradient norm of any step (measured
        // 3.4 * 10^-7) is below 1% of the smallest output-layer gradient norm of any step (measured 6.4 * 10^-3).
        assertThat(maxOver(h, 0, LayerMetric.GRAD_NORM_W, 1, spec.training().steps()))
                .isLessThan(1e-5);
        assertThat(Arrays.stream(h.layerSeries(last, LayerMetric.GRAD_NORM_W).min()).min().orElseThrow())
                .isGreaterThan(1e-3);
        // The net does not learn: the loss stays at ln 3 (uniform guessing among 3 classes), accuracy near 1/3.
        assertThat(lastValLoss(h)).isCloseTo(LN3, offset(0.05));
        assertThat(lastValAccuracy(h)).isLessThan(0.45);
    }

    @Test
    void reluWithHeInitKeepsTheGradientFlowing() throws Exception {
        History h = run(withSteps(load("02-deep-relu-he-flows.json"), 500)).history();
        int last = h.layerCount() - 1;
        // First/last gradient norm: measured 0.11 at initialisation, then 0.39, 0.68 and 0.98 at steps 100-300.
        assertThat(at(h, 0, LayerMetric.GRAD_NORM_W, 1) / at(h, last, LayerMetric.GRAD_NORM_W, 1)).isGreaterThan(0.05);
        for (long step : new long[] {100, 200, 300}) {
            double ratio = at(h, 0, LayerMetric.GRAD_NORM_W, step) / at(h, last, LayerMetric.GRAD_NORM_W, step);
            assertThat(ratio).as("first/last gradient norm at step %d", step).isBetween(0.1, 10.0);
        }
        // It learns the spiral: validation loss from about 1.0 to below 0.5 by step 500 (0.64 at step 300).
        double before = at(h, StepMetric.VAL_LOSS, 1);
        assertThat(lastValLoss(h)).isLessThan(0.5).isLessThan(before / 2);
        assertThat(lastValAccuracy(h)).isGreaterThan(0.8);
    }

    @Test
    void tanhWithStandardNormalInitSaturatesMostLayers() throws Exception {
        ExperimentSpec spec = withSteps(load("03-tanh-normal-init-saturates.json"), 200);
        History h = run(spec).history();
        int hidden = h.layerCount() - 1;
        LayerStats[] end = h.latest().layers().toArray(LayerStats[]::new);
        // Layer 0 sees the 2 standardised inputs (15% saturated); layers 1-5 get 64 inputs times N(0, 1) weights and
        // sit mostly in the flat tails (measured 75-82% at step 200).
        assertThat(end[0].saturation()).isLessThan(0.3);
        for (int i = 1; i < hidden; i++) {
            assertThat(end[i].saturation()).as("saturation of layer %d", i).isGreaterThan(0.6);
            assertThat(end[i].actStd()).as("activation spread of layer %d (outputs near -1 and +1)", i)
                    .isGreaterThan(0.85);
        }
        // Saturated layers barely move: the deepest hidden layer's update/weight ratio is far below the first's
        // (measured 60 times).
        assertThat(end[hidden - 1].updateRatio()).isLessThan(end[0].updateRatio() / 20);
        // The remedy: the same net with Xavier init is not saturated.
        History xavier = run(withSteps(withInit(spec, InitSpec.of(InitKind.XAVIER_NORMAL)), 1)).history();
        for (int i = 0; i < hidden; i++) {
            assertThat(xavier.latest().layers().get(i).saturation()).as("Xavier, layer %d", i).isLessThan(0.1);
        }
    }

    @Test
    void largeInitExplodesIntoNaN() throws Exception {
        ExperimentSpec spec = load("04-large-init-explodes.json");
        ExperimentRun run = run(spec);
        History h = run.history();
        long nanStep = h.lastStep();
        // Measured: loss 818, 1.1e6, 3.3e15, then NaN at step 4.
        assertThat(run.trainer().stoppedOnNonFinite()).isTrue();
        assertThat(nanStep).isBetween(2L, 10L).isLessThan(spec.training().steps());
        assertThat(h.latest().nonFinite()).isTrue();
        assertThat(h.events()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.NON_FINITE);
            assertThat(e.firstStep()).isEqualTo(nanStep);
        });
        assertThat(h.nonFiniteSteps()).hasSize(1);
        // On the way: the loss and the weights blow up step after step.
        assertThat(at(h, StepMetric.LOSS, 1)).isGreaterThan(100);
        for (long step = 2; step < nanStep; step++) {
            assertThat(at(h, StepMetric.LOSS, step)).isGreaterThan(100 * at(h, StepMetric.LOSS, step - 1));
        }
        assertThat(at(h, 0, LayerMetric.WEIGHT_NORM, nanStep - 1))
                .isGreaterThan(1e6 * at(h, 0, LayerMetric.WEIGHT_NORM, 1));
    }

    @Test
    void globalNormClippingKeepsTheExplodingNetFinite() throws Exception {
        ExperimentSpec spec = load("05-clipping-rescues-explosion.json");
        ExperimentRun run = run(spec);
        History h = run.history();
        double threshold = spec.training().clip().threshold();
        assertThat(run.trainer().stoppedOnNonFinite()).isFalse();
        assertThat(h.stepCount()).isEqualTo(spec.training().steps());
        assertThat(h.events()).noneMatch(e -> e.kind() == EventKind.NON_FINITE);
        long clipped = h.events().stream().filter(e -> e.kind() == EventKind.CLIPPED)
                .mapToLong(HistoryEvent::stepCount).sum();
        assertThat(clipped).isPositive();
        // Every update was at most the threshold long, though the raw gradient norm started at about 4,000.
        assertThat(Arrays.stream(h.stepSeries(StepMetric.GRAD_NORM_GLOBAL_CLIPPED).max()).max().orElseThrow())
                .isLessThanOrEqualTo(threshold * (1 + 1e-6));
        assertThat(at(h, StepMetric.GRAD_NORM_GLOBAL, 1)).isGreaterThan(100 * threshold);
        // It trains: validation loss from 440 to about 5, accuracy about 85%.
        assertThat(lastValLoss(h)).isLessThan(at(h, StepMetric.VAL_LOSS, 1) / 20);
        assertThat(lastValAccuracy(h)).isGreaterThan(0.7);
    }

    @Test
    void highLearningRateAndNegativeBiasKillTheReLUsButNotTheLeakyReLUs() throws Exception {
        History relu = run(withSteps(load("06-dead-relu.json"), 500)).history();
        History leaky = run(withSteps(load("07-leaky-relu-revives.json"), 500)).history();
        int hidden = relu.layerCount() - 1;

        // ReLU: late in the run most units are dead for the whole batch (in this run 84%, 100%, 100% and 97% of the
        // four hidden layers), and the net stays near chance. (Whether a dead layer's gradient is exactly 0 for the
        // rest of the run depends on the batch order, so it is not asserted.)
        List<LayerStats> end = relu.latest().layers();
        assertThat(end.subList(0, hidden)).allMatch(l -> l.deadFraction() > 0.4);
        assertThat(end.subList(0, hidden)).anyMatch(l -> l.deadFraction() > 0.9);
        assertThat(lastValAccuracy(relu)).isLessThan(0.45);

        // Leaky ReLU, same settings: units below zero still get a tenth of the gradient; no layer is stuck with all
        // units negative, and it learns.
        for (int i = 0; i < hidden; i++) {
            LayerStats l = leaky.latest().layers().get(i);
            assertThat(l.deadFraction()).as("Leaky layer %d negative fraction", i).isLessThan(1.0);
            assertThat(l.gradNormW()).as("Leaky layer %d gradient", i).isPositive();
        }
        // (The oversized steps make its loss spiky, so one validation's accuracy varies: measured 0.78 at step 300,
        // 0.92 at step 500; the validation loss, 1.45 at step 300, is no fair measure here.)
        assertThat(bestValAccuracy(leaky)).isGreaterThan(0.85);
        assertThat(lastValAccuracy(leaky)).isGreaterThan(lastValAccuracy(relu) + 0.3);
    }

    @Test
    void residualConnectionsCarryTheGradientThroughFiftyLayers() throws Exception {
        History plain = run(withSteps(load("08-plain-50-layers-vanish.json"), 300)).history();
        History residual = run(withSteps(load("09-residual-50-layers.json"), 300)).history();
        assertThat(plain.layerCount()).isEqualTo(51);
        assertThat(residual.layerCount()).isEqualTo(51);

        // Plain: about 10^-32 at the first layer for the whole run; the loss stays at ln 3.
        assertThat(maxOver(plain, 0, LayerMetric.GRAD_NORM_W, 1, 300)).isLessThan(1e-25);
        assertThat(lastValLoss(plain)).isGreaterThan(LN3 - 0.05);
        // Residual: about 10^-2 at the first layer, twenty-odd orders of magnitude more, and the loss falls.
        double plainFirst = at(plain, 0, LayerMetric.GRAD_NORM_W, 1);
        double residualFirst = at(residual, 0, LayerMetric.GRAD_NORM_W, 1);
        assertThat(residualFirst).isGreaterThan(1e-3).isGreaterThan(1e20 * plainFirst);
        // (measured at step 300: validation loss 0.87 against the plain net's 1.10)
        assertThat(lastValLoss(residual)).isLessThan(lastValLoss(plain) - 0.1);
    }

    @Test
    void batchNormRescuesTheDeepSigmoidNet() throws Exception {
        History plain = run(withSteps(load("01-deep-sigmoid-vanishes.json"), 300)).history();
        History bn = run(withSteps(load("10-batch-norm-rescues-sigmoid.json"), 300)).history();
        int last = bn.layerCount() - 1;
        // The first layer's gradient at initialisation: 1.5 * 10^7 times the plain net's ...
        assertThat(at(bn, 0, LayerMetric.GRAD_NORM_W, 1)).isGreaterThan(1e5 * at(plain, 0, LayerMetric.GRAD_NORM_W, 1));
        // ... and of the same order as the output layer's, not 10^-7 of it.
        for (long step : new long[] {1, 100, 300}) {
            double ratio = at(bn, 0, LayerMetric.GRAD_NORM_W, step) / at(bn, last, LayerMetric.GRAD_NORM_W, step);
            assertThat(ratio).as("first/last gradient norm at step %d", step).isGreaterThan(0.1);
        }
        // It learns (measured at step 300: validation loss 0.54 against the plain net's 1.10, accuracy 0.79).
        assertThat(lastValLoss(bn)).isLessThan(lastValLoss(plain) - 0.3);
        assertThat(lastValAccuracy(bn)).isGreaterThan(0.6);
    }

    @Test
    void constantInitKeepsEveryUnitOfALayerIdentical() throws Exception {
        ExperimentSpec spec = load("11-constant-init-symmetry.json");
        ExperimentRun run = run(spec);
        History h = run.history();
        int last = h.layerCount() - 1;
        double c = spec.network().layers().get(0).weightInit().value();

        // At step 1 the two identical output units cancel each other's signal: every hidden layer's gradient is
        // exactly 0 (only the output layer learns), as the History shows.
        for (int i = 0; i < last; i++) {
            assertThat(at(h, i, LayerMetric.GRAD_NORM_W, 1)).as("hidden layer %d at step 1", i).isZero();
        }
        assertThat(at(h, last, LayerMetric.GRAD_NORM_W, 1)).isPositive();
        // After the whole run the units have learned (the weights moved), but every unit of a hidden layer has
        // exactly the same incoming weights and bias: W's columns are equal. The output units' incoming weights
        // are equal across the hidden units feeding them (W's rows are equal).
        List<DenseLayer> layers = run.trainer().network().layers();
        assertThat(largestChange(layers.get(0).weights().value(), c)).isGreaterThan(0.01);
        for (int i = 0; i < last; i++) {
            Mat w = layers.get(i).weights().value();
            Mat b = layers.get(i).bias().value();
            for (int r = 0; r < w.rows(); r++) {
                for (int col = 1; col < w.cols(); col++) {
                    assertThat(w.get(r, col)).as("layer %d W[%d][%d] vs W[%d][0]", i, r, col, r)
                            .isCloseTo(w.get(r, 0), offset(1e-6 * c));
                }
            }
            for (int col = 1; col < b.cols(); col++) {
                assertThat(b.get(0, col)).isCloseTo(b.get(0, 0), offset(1e-6 * c));
            }
        }
        Mat out = layers.get(last).weights().value();
        for (int r = 1; r < out.rows(); r++) {
            for (int col = 0; col < out.cols(); col++) {
                assertThat(out.get(r, col)).isCloseTo(out.get(0, col), offset(1e-6 * c));
            }
        }
        // Each layer acts like one unit, which cannot separate the circles; random init can, in the same steps.
        assertThat(lastValAccuracy(h)).isLessThan(0.65);
        History random = run(withInit(spec, InitSpec.of(InitKind.XAVIER_NORMAL))).history();
        assertThat(lastValAccuracy(random)).isGreaterThan(0.9);
    }

    @Test
    void l2KeepsTheWeightNormsBoundedWhileTheyGrowWithout() throws Exception {
        ExperimentSpec spec = withSteps(load("12-l2-bounds-weights.json"), 1000);
        History withL2 = run(spec).history();
        History without = run(spec.withTraining(spec.training().withPenalties(0, 0))).history();
        int hidden = withL2.layerCount() - 1;
        assertThat(spec.training().l2()).isPositive();
        for (int i = 0; i < hidden; i++) {
            double bounded = withL2.latest().layers().get(i).weightNorm();
            double grown = without.latest().layers().get(i).weightNorm();
            // Measured at step 1000: about 3 with L2, 16-32 without.
            assertThat(bounded).as("layer %d with L2", i).isLessThan(5);
            assertThat(grown).as("layer %d without L2", i).isGreaterThan(3 * bounded);
            // Without L2 the norm is still growing; with L2 it has settled.
            assertThat(grown).isGreaterThan(1.2 * at(without, i, LayerMetric.WEIGHT_NORM, 500));
            assertThat(bounded).isCloseTo(at(withL2, i, LayerMetric.WEIGHT_NORM, 500),
                    offset(0.2 * bounded));
        }
        // The penalty costs no accuracy here.
        assertThat(lastValAccuracy(withL2)).isGreaterThan(0.85);
        assertThat(lastValAccuracy(without)).isGreaterThan(0.85);
    }

    private static double largestChange(Mat w, double from) {
        double max = 0;
        for (int i = 0; i < w.size(); i++) {
            max = Math.max(max, Math.abs(w.get(i) - from));
        }
        return max;
    }
}
