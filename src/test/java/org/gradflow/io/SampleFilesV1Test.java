package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written version-1 sample files under {@code src/test/resources/experiments/v1/}. They stay forever:
 * every later version of GradFlow must still load them (through its migrations) to the same specs.
 */
class SampleFilesV1Test {
    /** Files in canonical form: saving what was loaded gives the same bytes. */
    static final List<String> CANONICAL = List.of("deep-sigmoid-vanishing.json", "relu-he-residual.json",
            "csv-regression.json", "xor-with-history.json");
    /** Files written by hand with shorthands and omitted defaults. */
    static final List<String> SHORTHAND = List.of("shorthand-teacher.json");

    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(SampleFilesV1Test.class.getResource("/experiments/v1/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<String> canonical() {
        return CANONICAL.stream();
    }

    static Stream<String> all() {
        return Stream.concat(CANONICAL.stream(), SHORTHAND.stream());
    }

    @Test
    void noSampleFileIsMissingOrUntested() throws IOException {
        try (Stream<Path> files = Files.list(sample(CANONICAL.get(0)).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(all().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("canonical")
    void canonicalSamplesAreSavedByteIdentical(String name) throws Exception {
        Path original = sample(name);
        ExperimentFile file = ExperimentFiles.load(original);
        Path copy = dir.resolve(name);
        ExperimentFiles.save(file, copy);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(Files.readString(original, StandardCharsets.UTF_8));
        assertThat(ExperimentFiles.load(copy)).isEqualTo(file);
    }

    @ParameterizedTest
    @MethodSource("all")
    void everySampleIsStableAfterOneNormalisingSave(String name) throws Exception {
        ExperimentFile file = ExperimentFiles.load(sample(name));
        Path once = dir.resolve("once.json");
        Path twice = dir.resolve("twice.json");
        ExperimentFiles.save(file, once);
        ExperimentFile reloaded = ExperimentFiles.load(once);
        ExperimentFiles.save(reloaded, twice);
        assertThat(reloaded).isEqualTo(file);
        assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
    }

    @Test
    void deepSigmoid() throws Exception {
        ExperimentSpec spec = ExperimentFiles.load(sample("deep-sigmoid-vanishing.json")).spec();
        List<LayerSpec> layers = spec.network().layers();
        assertThat(layers).hasSize(9);
        assertThat(layers.subList(0, 8)).containsOnly(new LayerSpec(32, ActivationSpec.of(ActivationKind.SIGMOID),
                InitSpec.normal(0, 0.1), 0, NormPlacement.NONE, 0));
        assertThat(layers.get(8).activation().kind()).isEqualTo(ActivationKind.SOFTMAX);
        assertThat(spec.dataset()).isEqualTo(new DatasetSpec(DatasetKind.SPIRAL, 1500, 0.2, 7, 3, 2, 1, null, null, false,
                true, 0.2, true));
        assertThat(spec.training()).isEqualTo(new TrainingSpec(LossKind.SOFTMAX_CROSS_ENTROPY,
                OptimizerSpec.of(OptimizerKind.SGD, 0.1), ClipSpec.NONE, 0, 0, 64, 1, 20_000, 50, 100));
    }

    @Test
    void reluHeResidual() throws Exception {
        ExperimentSpec spec = ExperimentFiles.load(sample("relu-he-residual.json")).spec();
        NetworkSpec n = spec.network();
        assertThat(n.residuals()).containsExactly(new ResidualSpec(1, 2), new ResidualSpec(3, 2));
        assertThat(n.layers().get(1)).isEqualTo(LayerSpec.dense(64, ActivationKind.RELU, InitKind.HE_NORMAL)
                .withBiasInit(0.01).withBatchNorm(NormPlacement.BEFORE_ACTIVATION).withDropout(0.1));
        assertThat(n.layers().get(3).activation()).isEqualTo(ActivationSpec.leakyRelu(0.05));
        assertThat(n.layers().get(3).batchNorm()).isEqualTo(NormPlacement.AFTER_ACTIVATION);
        assertThat(spec.training().clip()).isEqualTo(new ClipSpec(ClipKind.GLOBAL_NORM, 5));
        assertThat(spec.training().l2()).isEqualTo(1e-4);
        assertThat(spec.training().optimizer()).isEqualTo(OptimizerSpec.of(OptimizerKind.ADAM, 0.001));
    }

    @Test
    void csvRegression() throws Exception {
        ExperimentSpec spec = ExperimentFiles.load(sample("csv-regression.json")).spec();
        assertThat(spec.dataset()).isEqualTo(new DatasetSpec(DatasetKind.CSV, 1000, 0.1, 99, 2, 2, 1, "data/housing.csv",
                "median_value", true, false, 0.25, true));
        assertThat(spec.network().layers().get(1).activation()).isEqualTo(ActivationSpec.elu(0.5));
        assertThat(spec.training()).isEqualTo(new TrainingSpec(LossKind.MSE,
                new OptimizerSpec(OptimizerKind.RMSPROP, 0.001, 0.9, 0.9, 0.999, 0.95, 1e-7),
                new ClipSpec(ClipKind.VALUE, 1), 1e-5, 0, 32, 4, 10_000, 100, 200));
    }

    @Test
    void xorWithHistoryKeepsTheReservedSections() throws Exception {
        ExperimentFile file = ExperimentFiles.load(sample("xor-with-history.json"));
        assertThat(file.history().get("loss").get(2).doubleValue()).isEqualTo(0.6874);
        assertThat(file.history().get("gradientNorm").get(1).get(0).doubleValue()).isEqualTo(2.5e-4);
        assertThat(file.weights().get("layers").get(0).get("w").get(1).doubleValue()).isEqualTo(-0.5);
        List<LayerSpec> layers = file.spec().network().layers();
        assertThat(layers.get(0).activation()).isEqualTo(ActivationSpec.rrelu(0.1, 0.3));
        assertThat(layers.get(0).weightInit()).isEqualTo(InitSpec.uniform(0.5));
        assertThat(layers.get(1).weightInit()).isEqualTo(new InitSpec(InitKind.ORTHOGONAL, 0, 0, 1, 1, 1.4));
        assertThat(layers.get(2).weightInit()).isEqualTo(InitSpec.constant(0.01));
        assertThat(layers.get(2).biasInit()).isEqualTo(-0.5);
        assertThat(file.spec().training().optimizer()).isEqualTo(new OptimizerSpec(OptimizerKind.NESTEROV, 0.05, 0.95,
                0.9, 0.999, 0.9, 1e-8));
    }

    @Test
    void shorthandTeacherLoadsToTheFullSpecAndIsRewrittenInFullForm() throws Exception {
        Path path = sample("shorthand-teacher.json");
        ExperimentSpec spec = ExperimentFiles.load(path).spec();
        InitSpec wide = InitSpec.normal(0, 2);
        ExperimentSpec expected = new ExperimentSpec("Exploding gradients: wide normal init, written by hand with shorthands",
                12, new DatasetSpec(DatasetKind.TEACHER, 1000, 0, 12, 2, 10, 3, null, null, false, true, 0.2, true),
                NetworkSpec.of(10, List.of(
                        LayerSpec.dense(64, ActivationKind.RELU, InitKind.NORMAL).withInit(wide),
                        LayerSpec.dense(64, ActivationKind.RELU, InitKind.NORMAL).withInit(wide),
                        LayerSpec.dense(64, ActivationKind.RELU, InitKind.NORMAL).withInit(wide).withBiasInit(-0.1),
                        LayerSpec.dense(64, ActivationKind.GELU, InitKind.HE_UNIFORM),
                        LayerSpec.dense(64, ActivationKind.SOFTPLUS, InitKind.ZEROS).withDropout(0.1),
                        LayerSpec.dense(64, ActivationKind.SOFTSIGN, InitKind.XAVIER_NORMAL)
                                .withInit(new InitSpec(InitKind.XAVIER_NORMAL, 0, 0, 1, 1, 0.5)),
                        LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.LECUN_NORMAL))),
                TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.MOMENTUM, 0.01), 32, 2000));
        assertThat(spec).isEqualTo(expected);
        String normalised = ExperimentFiles.write(ExperimentFile.of(spec));
        assertThat(normalised).isNotEqualTo(Files.readString(path, StandardCharsets.UTF_8))
                .contains("\"init\": {\"kind\": \"normal\", \"mean\": 0, \"std\": 2}");
    }
}
