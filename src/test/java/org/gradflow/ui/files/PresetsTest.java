package org.gradflow.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {
    @Test
    void readsTheIndexAndSkipsMissingFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("index.json"), """
                [{"file": "a.json", "title": "Deep sigmoid", "description": "gradients vanish"},
                 {"file": "missing.json", "title": "Gone", "description": ""}]""");
        List<Preset> presets = Presets.read(dir.resolve("index.json"));
        assertThat(presets).containsExactly(new Preset("Deep sigmoid", "gradients vanish", dir.resolve("a.json")));
    }

    @Test
    void brokenIndexGivesNoPresets(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.json"), "[{ not json");
        assertThat(Presets.read(dir.resolve("index.json"))).isEmpty();
    }

    @Test
    void defaultExperimentIsTenLayersOfSigmoid() {
        var spec = DefaultExperiment.spec();
        assertThat(spec.network().layers()).hasSize(10);
        assertThat(spec.network().layers().get(0).activation().kind().name()).isEqualTo("SIGMOID");
    }
}
