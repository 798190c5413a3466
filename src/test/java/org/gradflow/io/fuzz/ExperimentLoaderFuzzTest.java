package org.gradflow.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;

/**
 * Fuzzes the experiment-file loader: whatever the bytes, the only outcomes allowed are a valid experiment or the one
 * documented {@link ExperimentFileException} (no other exception, no hang, no running out of memory), and a loaded
 * experiment saves and loads back to itself.
 *
 * <p>{@code mvn -B verify} replays the committed corpus in
 * {@code src/test/resources/org/gradflow/io/fuzz/ExperimentLoaderFuzzTestInputs/loadsOrFailsCleanly}. The longer
 * fuzzing run is a separate command (docs/reliability.md):
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ExperimentLoaderFuzzTest} fuzzes for {@code maxDuration} (10 minutes; repeat
 * it for longer: the generated corpus in {@code .cifuzz-corpus} carries over). Findings are written into the folder
 * above and then replayed by every build.
 */
class ExperimentLoaderFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void loadsOrFailsCleanly(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        ExperimentFile file;
        try {
            file = ExperimentFiles.read(json, "fuzz.json");
        } catch (ExperimentFileException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
            assertThat(e.getMessage().length()).isLessThan(2_000);
            return;
        }
        String saved = ExperimentFiles.write(file);
        try {
            assertThat(ExperimentFiles.read(saved, "again.json")).isEqualTo(file);
        } catch (ExperimentFileException e) {
            throw new AssertionError("a loaded experiment did not load back after saving: " + e.getMessage(), e);
        }
    }
}
