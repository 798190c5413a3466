package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.InvalidSpecException;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static ExperimentSpec small(long steps) {
        return Experiments.deepRegression(8, 4, 16, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL), 2, 32, 0.05, steps);
    }

    private static List<StepStats> run(ExperimentSpec spec, TrainingData data) {
        Trainer trainer = new Trainer(spec, data, Precision.FLOAT32);
        List<StepStats> out = new ArrayList<>();
        trainer.run(out::add, () -> false);
        return out;
    }

    @Test
    void lossFallsOnALearnableProblem() {
        List<StepStats> stats = run(small(300), TestData.linear(256, 8, 2, 3));
        assertThat(stats).hasSize(300);
        double first = stats.subList(0, 10).stream().mapToDouble(StepStats::loss).average().orElseThrow();
        double last = stats.subList(290, 300).stream().mapToDouble(StepStats::loss).average().orElseThrow();
        assertThat(last).isLessThan(0.3 * first);
        assertThat(stats.get(299).layers()).hasSize(5);
    }

    @Test
    void sameSpecAndSeedGiveBitIdenticalStats() {
        TrainingData data = TestData.regression(256, 8, 2, 3);
        List<StepStats> a = run(small(100), data);
        List<StepStats> b = run(small(100), data);
        assertThat(a).hasSize(100);
        assertThat(b).isEqualTo(a);
        List<StepStats> c = run(small(100).withSeed(8), data);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void dataWidthsMustMatchTheNetwork() {
        assertThatThrownBy(() -> new Trainer(small(10), TestData.regression(64, 7, 2, 1), Precision.FLOAT32))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("network.inputSize")
                .hasMessageContaining("7 input columns");
    }

    @Test
    void stopsCleanlyOnNonFiniteValues() {
        ExperimentSpec exploding = Experiments.deepRegression(8, 6, 32, ActivationKind.RELU, InitSpec.normal(0, 3), 2, 32,
                0.5, 1000);
        List<StepStats> stats = run(exploding, TestData.regression(256, 8, 2, 3));
        assertThat(stats).isNotEmpty().hasSizeLessThan(1000);
        StepStats last = stats.get(stats.size() - 1);
        assertThat(last.nonFinite()).isTrue();
        assertThat(stats.subList(0, stats.size() - 1)).noneMatch(StepStats::nonFinite);
        assertThat(last.layers()).anyMatch(LayerStats::nonFinite);
    }

    @Test
    void histogramsAndValidationOnTheirSchedule() {
        ExperimentSpec spec = Experiments.deepRegression(8, 2, 8, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL),
                3, 16, 0.05, 25);
        List<StepStats> stats = run(spec, TestData.classification(128, 8, 3, 5));
        List<Long> withHistograms = stats.stream().filter(StepStats::hasHistograms).map(StepStats::step).toList();
        assertThat(withHistograms).containsExactly(1L, 10L, 20L, 25L);
        List<Long> validated = stats.stream().filter(s -> !Double.isNaN(s.valLoss())).map(StepStats::step).toList();
        assertThat(validated).containsExactly(1L, 10L, 20L, 25L);
        assertThat(stats.get(0).valAccuracy()).isBetween(0.0, 1.0);
        long weights = 8L * 8;
        assertThat(stats.get(0).histograms().get(0).weightGradients().total()).isEqualTo(weights);
        assertThat(stats.get(0).histograms().get(0).activations().total()).isEqualTo(16L * 8);
    }

    @Test
    void settingsChangeAtTheNextStep() {
        Trainer trainer = new Trainer(small(10), TestData.regression(64, 8, 2, 1), Precision.FLOAT32);
        assertThat(trainer.step().learningRate()).isEqualTo(0.05);
        TrainingSettings s = trainer.settings();
        trainer.changeSettings(new TrainingSettings(s.optimizer().withLearningRate(0.01), s.clip(), s.l1(), s.l2()));
        assertThat(trainer.step().learningRate()).isEqualTo(0.01);
    }

    @Test
    void accumulatingMicroBatchesEqualsOneLargeBatch() {
        TrainingData data = TestData.regression(64, 8, 2, 3);
        ExperimentSpec large = Experiments.deepRegression(8, 3, 16, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL),
                2, 32, 0.1, 5);
        ExperimentSpec micro = Experiments.deepRegression(8, 3, 16, ActivationKind.TANH, InitSpec.of(InitKind.XAVIER_NORMAL),
                2, 8, 0.1, 5);
        micro = micro.withTraining(micro.training().withAccumulation(4));
        List<StepStats> a = run(large, data);
        List<StepStats> b = run(micro, data);
        for (int s = 0; s < 5; s++) {
            assertThat(b.get(s).loss()).isCloseTo(a.get(s).loss(), org.assertj.core.data.Percentage.withPercentage(1e-3));
            assertThat(b.get(s).gradNormGlobal()).isCloseTo(a.get(s).gradNormGlobal(),
                    org.assertj.core.data.Percentage.withPercentage(1e-3));
            for (int l = 0; l < 4; l++) {
                assertThat(b.get(s).layers().get(l).weightNorm()).isCloseTo(a.get(s).layers().get(l).weightNorm(),
                        org.assertj.core.data.Percentage.withPercentage(1e-3));
            }
        }
        assertThat(b.get(4).loss()).isNotEqualTo(b.get(0).loss());
    }

    @Test
    void twoHundredLayersAndFourThousandUnitsTrain() {
        ExperimentSpec deep = Experiments.deepRegression(4, 199, 8, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL),
                2, 16, 0.01, 3);
        List<StepStats> d = run(deep, TestData.regression(32, 4, 2, 1));
        assertThat(d).hasSize(3);
        assertThat(d.get(2).layers()).hasSize(200);
        ExperimentSpec wide = Experiments.deepRegression(4, 1, 4096, ActivationKind.RELU, InitSpec.of(InitKind.HE_NORMAL),
                2, 16, 0.01, 3);
        List<StepStats> w = run(wide, TestData.regression(32, 4, 2, 1));
        assertThat(w.get(2).layers().get(0).weightNorm()).isPositive().isFinite();
        assertThat(w).noneMatch(StepStats::nonFinite);
    }

    @Test
    void withoutStatisticsTheWeightsFollowTheSamePath() {
        TrainingData data = TestData.linear(64, 8, 2, 3);
        Trainer with = new Trainer(small(20), data, Precision.FLOAT32, true);
        Trainer without = new Trainer(small(20), data, Precision.FLOAT32, false);
        StepStats last = null;
        for (int i = 0; i < 20; i++) {
            StepStats a = with.step();
            last = without.step();
            assertThat(last.loss()).isEqualTo(a.loss());
        }
        assertThat(last.layers()).isEmpty();
        assertThat(last.gradNormGlobal()).isNaN();
        assertThat(without.snapshot()).isEqualTo(with.snapshot());
    }
}
