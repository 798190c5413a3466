package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The real {@code gradflow run} command, in process: outputs, CSV shapes and exit codes. */
class RunCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result gradflow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new GradflowCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("deep-sigmoid.json");
        Files.copy(Path.of("src/test/resources/experiments/v1/deep-sigmoid-vanishing.json"), file);
        return file;
    }

    @Test
    void writesCsvChartsAndTheSavedRun() throws Exception {
        Path out = dir.resolve("out");
        Result r = gradflow("run", sample().toString(), "--steps", "40", "--out", out.toString(), "--quiet", "--svg");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> steps = Files.readAllLines(out.resolve("steps.csv"));
        assertThat(steps.get(0)).isEqualTo("step,loss,val_loss,val_accuracy,learning_rate,grad_norm_global,"
                + "grad_norm_global_clipped,clipped,non_finite");
        assertThat(steps).hasSize(41);
        assertThat(steps.get(40)).startsWith("40,");
        ExperimentFile saved = ExperimentFiles.load(out.resolve("experiment.json"));
        int layers = saved.spec().network().layers().size();
        List<String> layerRows = Files.readAllLines(out.resolve("layers.csv"));
        assertThat(layerRows.get(0)).isEqualTo("step,layer,grad_norm_w,grad_norm_b,signal_norm,update_ratio,weight_norm,"
                + "act_mean,act_std,saturation,dead_fraction,non_finite");
        assertThat(layerRows).hasSize(40 * layers + 1);
        assertThat(layerRows.get(1)).startsWith("1,1,");
        assertThat(layerRows.get(layers)).startsWith("1," + layers + ",");
        for (String name : List.of("gradient-norms", "gradient-flow", "gradient-heatmap", "saturation", "dead-units",
                "update-ratio", "activations", "loss", "gradient-histograms-layer1", "activation-histograms-layer" + layers)) {
            assertThat(out.resolve(name + ".png")).isNotEmptyFile();
            assertThat(out.resolve(name + ".svg")).isNotEmptyFile();
        }
        assertThat(saved.history()).isNotNull();
        assertThat(saved.weights()).isNotNull();
        assertThat(saved.spec().training().steps()).isEqualTo(40);
    }

    @Test
    void stopsWithCodeThreeOnNonFiniteValuesAndStillWritesEverything() throws Exception {
        List<LayerSpec> layers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(LayerSpec.dense(32, ActivationKind.RELU, org.gradflow.model.InitKind.ZEROS).withInit(InitSpec.normal(0, 3)));
        }
        layers.add(LayerSpec.dense(1, ActivationKind.IDENTITY, org.gradflow.model.InitKind.ZEROS).withInit(InitSpec.normal(0, 3)));
        ExperimentSpec spec = new ExperimentSpec("explodes", 1, DatasetSpec.generated(DatasetKind.SINE, 200, 0.1, 1),
                NetworkSpec.of(1, layers), TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.SGD, 0.5), 32, 500));
        Path file = dir.resolve("explodes.json");
        ExperimentFiles.save(ExperimentFile.of(spec), file);
        Path out = dir.resolve("out");
        Result r = gradflow("run", file.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.NON_FINITE);
        assertThat(r.err()).contains("NaN or infinite").contains("layer");
        List<String> steps = Files.readAllLines(out.resolve("steps.csv"));
        assertThat(steps.size()).isBetween(2, 500);
        assertThat(steps.get(steps.size() - 1)).endsWith(",1");
        assertThat(out.resolve("gradient-norms.png")).isNotEmptyFile();
        assertThat(out.resolve("experiment.json")).isNotEmptyFile();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|{\"format\": |not valid JSON",
        "wrong format|{\"format\": \"something-else\", \"version\": 1}|format",
        "newer version|{\"format\": \"gradflow-experiment\", \"version\": 99}|version",
    })
    void badFilesExitWithCodeTwoAndOneClearMessage(String name, String content, String expected) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content);
        Result r = gradflow("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(file.toString()).contains(expected);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown activation|\"activation\": {\"kind\": \"sigmoid\"}|\"activation\": {\"kind\": \"sigmoidal\"}|network.layers[0].activation",
        "missing field|\"units\": 32,|\"\": 0,|network.layers[0]",
        "wrong type|\"units\": 32|\"units\": \"many\"|network.layers[0].units",
        "out of range|\"units\": 32|\"units\": 0|network.layers[0].units",
    })
    void badFieldsNameTheirJsonPath(String name, String find, String replace, String path) throws Exception {
        String json = Files.readString(sample());
        assertThat(json).contains(find);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)));
        Result r = gradflow("run", file.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(file.toString()).contains(path);
    }

    @Test
    void badArgumentsExitWithCodeTwo() throws Exception {
        Path file = sample();
        assertThat(gradflow("run", file.toString(), "--steps", "0", "--out", dir.toString()).code()).isEqualTo(2);
        Result missingOut = gradflow("run", file.toString());
        assertThat(missingOut.code()).isEqualTo(2);
        assertThat(missingOut.err()).contains("--out");
        Result missingFile = gradflow("run", dir.resolve("nope.json").toString(), "--out", dir.toString());
        assertThat(missingFile.code()).isEqualTo(2);
        assertThat(missingFile.err()).contains("nope.json");
    }

    @Test
    void helpDescribesEveryOption() {
        Result top = gradflow("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("run").contains("opens the app");
        Result run = gradflow("run", "--help");
        assertThat(run.out()).contains("--out").contains("--steps").contains("--seed").contains("--svg").contains("--quiet")
                .contains("Exit codes");
    }

    @Test
    void csvOutsideTheExperimentFolderNeedsPermission() throws Exception {
        Path data = dir.resolve("data.csv");
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i / 10.0).append(',').append(Math.sin(i / 10.0)).append('\n');
        }
        Files.writeString(data, csv);
        Path folder = Files.createDirectories(dir.resolve("experiments"));
        List<LayerSpec> layers = List.of(LayerSpec.dense(8, ActivationKind.TANH, org.gradflow.model.InitKind.XAVIER_NORMAL),
                LayerSpec.dense(1, ActivationKind.IDENTITY, org.gradflow.model.InitKind.XAVIER_NORMAL));
        DatasetSpec dataset = new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 1, 1, "../data.csv", "y", true, false, 0.2, true);
        ExperimentSpec spec = new ExperimentSpec("csv", 1, dataset, NetworkSpec.of(1, layers),
                TrainingSpec.of(LossKind.MSE, OptimizerSpec.of(OptimizerKind.SGD, 0.05), 8, 5));
        Path file = folder.resolve("csv.json");
        ExperimentFiles.save(ExperimentFile.of(spec), file);
        Result refused = gradflow("run", file.toString(), "--out", dir.resolve("o1").toString(), "--quiet");
        assertThat(refused.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("outside the experiment's folder").contains("--allow-external-data");
        Result allowed = gradflow("run", file.toString(), "--out", dir.resolve("o2").toString(), "--quiet",
                "--allow-external-data");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("o2").resolve("steps.csv"))).hasSize(6);
    }
}
