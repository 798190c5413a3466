package org.gradflow.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.engine.StepStats;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved run reopens with the same History and continues exactly as if it had never stopped. */
class RunFilesTest {
    @TempDir
    Path dir;

    private static ExperimentSpec spec() {
        List<LayerSpec> layers = List.of(
                LayerSpec.dense(16, ActivationKind.RELU, InitKind.HE_NORMAL).withDropout(0.2),
                LayerSpec.dense(16, ActivationKind.TANH, InitKind.XAVIER_NORMAL).withBatchNorm(NormPlacement.BEFORE_ACTIVATION),
                LayerSpec.dense(2, ActivationKind.SOFTMAX, InitKind.XAVIER_NORMAL));
        TrainingSpec training = TrainingSpec.of(LossKind.SOFTMAX_CROSS_ENTROPY, OptimizerSpec.of(OptimizerKind.ADAM, 0.01),
                32, 400).withClip(new ClipSpec(ClipKind.GLOBAL_NORM, 1));
        return new ExperimentSpec("moons", 3, DatasetSpec.generated(DatasetKind.MOONS, 300, 0.1, 2),
                NetworkSpec.of(2, layers), training);
    }

    @Test
    void aReopenedRunHasTheSameHistoryAndContinuesBitForBit() throws Exception {
        ExperimentRun original = ExperimentRun.start(spec(), null, HistoryLimits.DEFAULT);
        for (int i = 0; i < 250; i++) {
            original.step();
        }
        Path file = dir.resolve("run.json");
        RunFiles.save(original, file);
        List<StepStats> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(original.step());
        }

        ExperimentFile loaded = ExperimentFiles.load(file);
        ExperimentRun resumed = RunFiles.resume(loaded, dir, file.toString());
        assertThat(resumed.history().stepCount()).isEqualTo(250);
        assertThat(resumed.trainer().stepCount()).isEqualTo(250);
        List<StepStats> actual = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            actual.add(resumed.step());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(resumed.history().state()).isEqualTo(original.history().state());
    }

    @Test
    void historyAndWeightsSurviveASaveLoadSaveCycleUnchanged() throws Exception {
        ExperimentRun run = ExperimentRun.start(spec(), null, HistoryLimits.DEFAULT);
        run.runToEnd(() -> run.history().stepCount() >= 50);
        String first = ExperimentFiles.write(RunFiles.toFile(run));
        ExperimentFile reread = ExperimentFiles.read(first, "first");
        assertThat(ExperimentFiles.write(reread)).isEqualTo(first);
        assertThat(RunFiles.history(reread, "first").state()).isEqualTo(run.history().state());
    }

    @Test
    void weightsOfAnotherNetworkAreRefusedWithThePath() throws Exception {
        ExperimentRun run = ExperimentRun.start(spec(), null, HistoryLimits.DEFAULT);
        run.step();
        ExperimentFile file = RunFiles.toFile(run);
        ObjectNode weights = (ObjectNode) file.weights();
        ((ObjectNode) weights.get("tensors")).remove("layers[1].W");
        ExperimentFile broken = new ExperimentFile(file.spec(), file.history(), weights);
        Path path = dir.resolve("broken.json");
        ExperimentFiles.save(broken, path);
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class,
                () -> RunFiles.resume(ExperimentFiles.load(path), dir, path.toString()));
        assertThat(e.getMessage()).contains(path.toString()).contains("weights").contains("layers[1].W is missing");
    }

    @Test
    void corruptPackedArraysNameTheirPath() throws Exception {
        ExperimentRun run = ExperimentRun.start(spec(), null, HistoryLimits.DEFAULT);
        run.step();
        String json = ExperimentFiles.write(RunFiles.toFile(run));
        ObjectNode history = (ObjectNode) ExperimentFiles.read(json, "x").history();
        ((ObjectNode) history.get("summary")).put("min", "@@not base64@@");
        ExperimentFile broken = new ExperimentFile(run.spec(), history, null);
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class,
                () -> RunFiles.history(broken, "broken.json"));
        assertThat(e.path()).isEqualTo("history.summary.min");
        assertThat(e.getMessage()).contains("broken.json").contains("base64");
        assertThat(Files.exists(dir)).isTrue();
    }
}
