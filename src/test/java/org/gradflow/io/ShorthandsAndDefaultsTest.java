package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;

/** The documented shorthands and defaults give exactly the documented specs. */
class ShorthandsAndDefaultsTest {

    /** The shorthand example of docs/experiment-format.md. */
    static final String MINIMAL = """
            {
              "format": "gradflow-experiment",
              "version": 1,
              "name": "minimal",
              "seed": 5,
              "dataset": {"kind": "moons"},
              "network": {
                "inputSize": 2,
                "layers": [
                  {"units": 16, "activation": "tanh", "init": "xavier_normal"},
                  {"units": 2, "activation": "softmax", "init": "xavier_normal"}
                ]
              },
              "training": {
                "loss": "softmax_cross_entropy",
                "optimizer": {"kind": "adam", "learningRate": 0.001},
                "batchSize": 32,
                "steps": 1000
              }
            }
            """;

    @Test
    void everyOmittedFieldGetsItsDocumentedDefault() throws Exception {
        ExperimentSpec expected = new ExperimentSpec("minimal", 5,
                new DatasetSpec(DatasetKind.MOONS, 1000, 0.1, 5, 2, 2, 1, null, null, false, true, 0.2, true),
                new NetworkSpec(2, List.of(
                        new LayerSpec(16, ActivationSpec.of(ActivationKind.TANH), InitSpec.of(InitKind.XAVIER_NORMAL), 0,
                                NormPlacement.NONE, 0),
                        new LayerSpec(2, ActivationSpec.of(ActivationKind.SOFTMAX), InitSpec.of(InitKind.XAVIER_NORMAL), 0,
                                NormPlacement.NONE, 0)), List.of()),
                new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY,
                        new OptimizerSpec(OptimizerKind.ADAM, 0.001, 0.9, 0.9, 0.999, 0.9, 1e-8),
                        new ClipSpec(ClipKind.NONE, 1), 0, 0, 32, 1, 1000, 10, 10));
        ExperimentFile file = ExperimentFiles.read(MINIMAL, "minimal.json");
        assertThat(file.spec()).isEqualTo(expected);
        assertThat(file.history()).isNull();
        assertThat(file.weights()).isNull();
    }

    @Test
    void nullMeansOmitted() throws Exception {
        String withNulls = MINIMAL.replace("\"dataset\": {\"kind\": \"moons\"}",
                "\"dataset\": {\"kind\": \"moons\", \"samples\": null, \"csv\": null}, \"history\": null");
        assertThat(ExperimentFiles.read(withNulls, "n.json")).isEqualTo(ExperimentFiles.read(MINIMAL, "m.json"));
    }

    @Test
    void activationDefaultsDependOnTheKind() throws Exception {
        assertThat(activation("{\"kind\": \"elu\"}")).isEqualTo(ActivationSpec.elu(1.0));
        assertThat(activation("{\"kind\": \"leaky_relu\"}")).isEqualTo(ActivationSpec.leakyRelu(0.01));
        assertThat(activation("\"leaky_relu\"")).isEqualTo(ActivationSpec.leakyRelu(0.01));
        assertThat(activation("{\"kind\": \"leaky_relu\", \"alpha\": 0.1}")).isEqualTo(ActivationSpec.leakyRelu(0.1));
        assertThat(activation("{\"kind\": \"rrelu\", \"rreluUpper\": 0.5}")).isEqualTo(ActivationSpec.rrelu(0.125, 0.5));
        assertThat(activation("\"ELU\"")).isEqualTo(ActivationSpec.elu(1.0));
    }

    @Test
    void initShorthandsAndDefaults() throws Exception {
        assertThat(init("\"he_normal\"")).isEqualTo(InitSpec.of(InitKind.HE_NORMAL));
        assertThat(init("{\"kind\": \"normal\", \"std\": 0.5}")).isEqualTo(InitSpec.normal(0, 0.5));
        assertThat(init("{\"kind\": \"uniform\", \"limit\": 0.1}")).isEqualTo(InitSpec.uniform(0.1));
        assertThat(init("{\"kind\": \"constant\", \"value\": 0.3}")).isEqualTo(InitSpec.constant(0.3));
        assertThat(init("{\"kind\": \"orthogonal\", \"gain\": 1.4}"))
                .isEqualTo(new InitSpec(InitKind.ORTHOGONAL, 0, 0, 1, 1, 1.4));
    }

    @Test
    void enumNamesInAnyLetterCase() throws Exception {
        String json = MINIMAL.replace("\"moons\"", "\"MOONS\"").replace("\"tanh\"", "\"TanH\"")
                .replace("\"adam\"", "\"Adam\"").replace("\"softmax_cross_entropy\"", "\"SOFTMAX_Cross_Entropy\"")
                .replace("\"xavier_normal\"", "\"Xavier_Normal\"");
        assertThat(json).isNotEqualTo(MINIMAL);
        assertThat(ExperimentFiles.read(json, "case.json")).isEqualTo(ExperimentFiles.read(MINIMAL, "m.json"));
    }

    @Test
    void clipShorthandAndLayerOptions() throws Exception {
        String json = MINIMAL.replace("\"steps\": 1000", "\"steps\": 1000, \"clip\": \"value\"")
                .replace("{\"units\": 16, \"activation\": \"tanh\", \"init\": \"xavier_normal\"}",
                        "{\"type\": \"Dense\", \"units\": 16.0, \"activation\": \"tanh\", \"init\": \"xavier_normal\", "
                                + "\"batchNorm\": \"before_activation\", \"dropout\": 0.5, \"biasInit\": -1}");
        ExperimentSpec spec = ExperimentFiles.read(json, "clip.json").spec();
        assertThat(spec.training().clip()).isEqualTo(new ClipSpec(ClipKind.VALUE, 1));
        assertThat(spec.network().layers().get(0)).isEqualTo(LayerSpec.dense(16, ActivationKind.TANH, InitKind.XAVIER_NORMAL)
                .withBatchNorm(NormPlacement.BEFORE_ACTIVATION).withDropout(0.5).withBiasInit(-1));
    }

    @Test
    void csvTargetColumnByNumberAndDatasetSeedOverride() throws Exception {
        String json = MINIMAL.replace("\"dataset\": {\"kind\": \"moons\"}",
                "\"dataset\": {\"kind\": \"csv\", \"seed\": 77, \"csv\": {\"file\": \"d.csv\", \"targetColumn\": 3}}");
        DatasetSpec d = ExperimentFiles.read(json, "csv.json").spec().dataset();
        assertThat(d).isEqualTo(new DatasetSpec(DatasetKind.CSV, 1000, 0.1, 77, 2, 2, 1, "d.csv", "3", false, true, 0.2, true));
    }

    @Test
    void savingWritesTheFullForm() throws Exception {
        String saved = ExperimentFiles.write(ExperimentFiles.read(MINIMAL, "m.json"));
        assertThat(saved).contains("\"activation\": {\"kind\": \"tanh\"}")
                .contains("\"init\": {\"kind\": \"xavier_normal\", \"gain\": 1}")
                .contains("\"clip\": {\"kind\": \"none\"}")
                .contains("\"type\": \"dense\"")
                .contains("\"residuals\": []")
                .contains("\"epsilon\": 0.00000001")
                .contains("\"seed\": 5,\n    \"samples\": 1000,\n    \"noise\": 0.1,");
        assertThat(ExperimentFiles.write(ExperimentFiles.read(saved, "saved.json"))).isEqualTo(saved);
    }

    private static ActivationSpec activation(String json) throws ExperimentFileException {
        String doc = MINIMAL.replace("\"activation\": \"tanh\"", "\"activation\": " + json);
        return ExperimentFiles.read(doc, "a.json").spec().network().layers().get(0).activation();
    }

    private static InitSpec init(String json) throws ExperimentFileException {
        String doc = MINIMAL.replaceFirst("\"init\": \"xavier_normal\"", "\"init\": " + json);
        return ExperimentFiles.read(doc, "i.json").spec().network().layers().get(0).weightInit();
    }
}
