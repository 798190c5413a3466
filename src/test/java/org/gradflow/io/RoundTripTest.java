package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.ResidualSpec;
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** spec -> JSON -> spec gives an equal spec, for every option of the model, and the JSON is stable. */
class RoundTripTest {

    /** Writes, reads back, checks equality and that writing again gives the same text; returns the text. */
    static String assertRoundTrip(ExperimentSpec spec) throws ExperimentFileException {
        String json = ExperimentFiles.write(ExperimentFile.of(spec));
        ExperimentFile back = ExperimentFiles.read(json, "round-trip.json");
        assertThat(back.spec()).isEqualTo(spec);
        assertThat(ExperimentFiles.write(back)).isEqualTo(json);
        return json;
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void everyActivationWithDefaultParameters(ActivationKind kind) throws Exception {
        String json = assertRoundTrip(kind == ActivationKind.SOFTMAX
                ? TestSpecs.withOutput(ActivationSpec.of(kind), LossKind.SOFTMAX_CROSS_ENTROPY)
                : TestSpecs.withFirstLayer(new LayerSpec(8, ActivationSpec.of(kind), InitSpec.of(InitKind.HE_NORMAL), 0,
                        NormPlacement.NONE, 0)));
        assertThat(json).contains("\"activation\": {\"kind\": \"" + EnumNames.of(kind) + "\"");
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void everyActivationKeepsParametersItIgnores(ActivationKind kind) throws Exception {
        ActivationSpec activation = new ActivationSpec(kind, 0.3, 0.2, 0.25);
        assertRoundTrip(kind == ActivationKind.SOFTMAX
                ? TestSpecs.withOutput(activation, LossKind.SOFTMAX_CROSS_ENTROPY)
                : TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.RELU, InitKind.HE_NORMAL)
                        .withActivation(activation)));
    }

    @Test
    void activationParameters() throws Exception {
        for (ActivationSpec a : List.of(ActivationSpec.leakyRelu(0.2), ActivationSpec.elu(0.5),
                ActivationSpec.rrelu(0.05, 0.4), ActivationSpec.leakyRelu(0))) {
            assertRoundTrip(TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.RELU, InitKind.HE_NORMAL)
                    .withActivation(a)));
        }
        String json = assertRoundTrip(TestSpecs.withFirstLayer(
                LayerSpec.dense(8, ActivationKind.RELU, InitKind.HE_NORMAL).withActivation(ActivationSpec.leakyRelu(0.2))));
        assertThat(json).contains("\"activation\": {\"kind\": \"leaky_relu\", \"alpha\": 0.2}");
    }

    @ParameterizedTest
    @EnumSource(InitKind.class)
    void everyInitWithDefaultAndWithAllParameters(InitKind kind) throws Exception {
        for (InitSpec init : List.of(InitSpec.of(kind), new InitSpec(kind, 0.7, -0.1, 0.3, 0.05, 1.5))) {
            assertRoundTrip(TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.TANH, kind).withInit(init)));
        }
    }

    @Test
    void initParametersAreWrittenForTheKindsThatUseThem() throws Exception {
        String json = assertRoundTrip(TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.TANH, InitKind.NORMAL)
                .withInit(InitSpec.normal(0.1, 0.5))));
        assertThat(json).contains("\"init\": {\"kind\": \"normal\", \"mean\": 0.1, \"std\": 0.5}");
    }

    @ParameterizedTest
    @EnumSource(NormPlacement.class)
    void everyBatchNormPlacementWithDropoutAndBias(NormPlacement placement) throws Exception {
        assertRoundTrip(TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL)
                .withBatchNorm(placement).withDropout(0.25).withBiasInit(-3)));
    }

    @Test
    void residualBlocks() throws Exception {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            layers.add(LayerSpec.dense(8, ActivationKind.RELU, InitKind.HE_NORMAL));
        }
        layers.add(LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL));
        NetworkSpec network = new NetworkSpec(4, layers, List.of(new ResidualSpec(1, 2), new ResidualSpec(3, 1)));
        String json = assertRoundTrip(TestSpecs.base().withNetwork(network));
        assertThat(json).contains("{\"firstLayer\": 1, \"layerCount\": 2}");
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void everyLoss(LossKind loss) throws Exception {
        ActivationKind out = switch (loss) {
            case MSE -> ActivationKind.IDENTITY;
            case SOFTMAX_CROSS_ENTROPY -> ActivationKind.SOFTMAX;
            case BINARY_CROSS_ENTROPY -> ActivationKind.SIGMOID;
        };
        String json = assertRoundTrip(TestSpecs.withOutput(ActivationSpec.of(out), loss));
        assertThat(json).contains("\"loss\": \"" + EnumNames.of(loss) + "\"");
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimizerWithEveryHyperparameter(OptimizerKind kind) throws Exception {
        for (OptimizerSpec o : List.of(OptimizerSpec.of(kind, 0.01), new OptimizerSpec(kind, 0.003, 0.85, 0.8, 0.99, 0.95, 1e-6))) {
            ExperimentSpec base = TestSpecs.base();
            assertRoundTrip(base.withTraining(base.training().withOptimizer(o)));
        }
    }

    static Stream<ClipSpec> clips() {
        return Stream.of(ClipSpec.NONE, new ClipSpec(ClipKind.NONE, 2.5), new ClipSpec(ClipKind.VALUE, 0.5),
                new ClipSpec(ClipKind.LAYER_NORM, 2), new ClipSpec(ClipKind.GLOBAL_NORM, 10));
    }

    @ParameterizedTest
    @MethodSource("clips")
    void everyClipping(ClipSpec clip) throws Exception {
        ExperimentSpec base = TestSpecs.base();
        assertRoundTrip(base.withTraining(base.training().withClip(clip)));
    }

    @Test
    void penaltiesAccumulationAndSchedules() throws Exception {
        ExperimentSpec base = TestSpecs.base();
        TrainingSpec t = new TrainingSpec(LossKind.MSE, OptimizerSpec.of(OptimizerKind.MOMENTUM, 0.02),
                new ClipSpec(ClipKind.GLOBAL_NORM, 5), 1e-5, 3e-4, 64, 8, TrainingSpec.MAX_STEPS, 25, 50);
        String json = assertRoundTrip(base.withTraining(t));
        assertThat(json).contains("\"l1\": 0.00001,").contains("\"accumulationSteps\": 8,")
                .contains("\"steps\": 1000000000,").contains("\"validationEvery\": 25,").contains("\"histogramEvery\": 50");
    }

    static Stream<Arguments> datasets() {
        List<Arguments> all = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind == DatasetKind.CSV) {
                continue;
            }
            all.add(Arguments.of(DatasetSpec.generated(kind, 300, 0.1, 5)));
            all.add(Arguments.of(new DatasetSpec(kind, 1234, 0.05, -9, 4, 3, 2, null, null, false, true, 0, false)));
            // CSV settings on a generated dataset are ignored by the generator but kept by the file.
            all.add(Arguments.of(new DatasetSpec(kind, 2, 0, 0, 2, 2, 1, "kept.csv", "7", true, false, 0.9, true)));
        }
        for (boolean header : new boolean[] {true, false}) {
            for (boolean classification : new boolean[] {true, false}) {
                all.add(Arguments.of(new DatasetSpec(DatasetKind.CSV, 1000, 0.1, 17, 2, 2, 1, "data/houses.csv",
                        header ? "price" : "3", header, classification, 0.25, true)));
            }
        }
        // The generator settings of a CSV dataset are ignored by the loader but kept by the file.
        all.add(Arguments.of(new DatasetSpec(DatasetKind.CSV, 77, 0.5, 17, 9, 8, 7, "/abs/x y.csv", "Ziel ÄÖ", false,
                true, 0.1, false)));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyDatasetKindAndField(DatasetSpec dataset) throws Exception {
        String json = assertRoundTrip(TestSpecs.onDataset(dataset));
        assertThat(json).contains("\"kind\": \"" + EnumNames.of(dataset.kind()) + "\"");
    }

    @Test
    void extremeNumbersNamesAndSeeds() throws Exception {
        double[] biases = {-0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 1.2345678901234567e10, 1.0 / 3, 100, 1e22};
        for (double bias : biases) {
            ExperimentSpec spec = TestSpecs.withFirstLayer(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL)
                    .withBiasInit(bias));
            ExperimentSpec back = ExperimentFiles.read(ExperimentFiles.write(ExperimentFile.of(spec)), "x.json").spec();
            assertThat(Double.doubleToRawLongBits(back.network().layers().get(0).biasInit()))
                    .as("bias %s", bias).isEqualTo(Double.doubleToRawLongBits(bias));
        }
        ExperimentSpec b = TestSpecs.base();
        for (long seed : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0}) {
            assertRoundTrip(new ExperimentSpec("Tiefe \"Netze\"\n\t\\ → 𝛁 \u0000", seed, b.dataset(), b.network(),
                    b.training()).withSeed(seed));
        }
        assertRoundTrip(new ExperimentSpec("", 1, b.dataset(), b.network(), b.training()));
    }

    @Test
    void manyRandomSpecsRoundTrip() throws Exception {
        Random random = new Random(20240601);
        for (int i = 0; i < 300; i++) {
            assertRoundTrip(TestSpecs.random(random));
        }
    }

    @Test
    void theDocumentHasTheStableTopLevelOrder() throws Exception {
        String json = assertRoundTrip(TestSpecs.base());
        assertThat(json).startsWith("{\n  \"format\": \"gradflow-experiment\",\n  \"version\": 1,\n  \"name\": \"base\",\n"
                + "  \"seed\": 42,\n  \"dataset\": {\n").endsWith("\n}\n");
        assertThat(json.indexOf("\"dataset\"")).isLessThan(json.indexOf("\"network\""));
        assertThat(json.indexOf("\"network\"")).isLessThan(json.indexOf("\"training\""));
        assertThat(json).doesNotContain("\r").doesNotContain("history").doesNotContain("weights");
    }
}
