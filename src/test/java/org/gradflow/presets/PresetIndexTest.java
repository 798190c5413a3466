package org.gradflow.presets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The preset index {@code assets/experiments/index.json}, which the app menu and the CLI read: a JSON array, in story
 * order, of {@code {"file", "title", "description"}} objects. Every preset file is listed exactly once, loads as an
 * experiment file, is saved in canonical form, and has a non-empty one-line title and description; the first entry
 * is the experiment the app opens with.
 */
class PresetIndexTest {
    private static final Path INDEX = Presets.DIR.resolve("index.json");
    private static final String DEFAULT_PRESET = "01-deep-sigmoid-vanishes.json";

    private static List<JsonNode> entries;

    @BeforeAll
    static void readIndex() throws IOException {
        JsonNode root = new ObjectMapper().readTree(INDEX.toFile());
        assertThat(root.isArray()).as("index.json is a JSON array").isTrue();
        entries = new ArrayList<>();
        root.forEach(entries::add);
    }

    @Test
    void listsEveryPresetFileExactlyOnceInNumberedStoryOrder() throws IOException {
        List<String> listed = entries.stream().map(e -> e.path("file").asText()).toList();
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Presets.DIR)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("index.json")).sorted().toList();
        }
        assertThat(onDisk).isNotEmpty();
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
        // Story order is the numbering order: 01-..., 02-..., one number per file.
        assertThat(listed).isSorted().allMatch(n -> n.matches("\\d{2}-[a-z0-9-]+\\.json"));
        for (int i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i)).startsWith(String.format("%02d-", i + 1));
        }
        assertThat(listed.get(0)).isEqualTo(DEFAULT_PRESET);
    }

    @Test
    void entriesHaveExactlyAFileAOneLineTitleAndAOneLineDescription() {
        assertThat(entries).allSatisfy(e -> {
            List<String> fields = new ArrayList<>();
            e.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("file", "title", "description");
            assertThat(e.get("title").isTextual()).isTrue();
            assertThat(e.get("description").isTextual()).isTrue();
            assertOneLine(e.get("title").asText(), 80);
            assertOneLine(e.get("description").asText(), 400);
        });
        assertThat(entries.stream().map(e -> e.get("title").asText())).doesNotHaveDuplicates();
    }

    @Test
    void everyListedFileLoadsIsCanonicalAndIsNamedByItsTitle() throws Exception {
        for (JsonNode e : entries) {
            Path path = Presets.DIR.resolve(e.get("file").asText());
            ExperimentFile file = ExperimentFiles.load(path);
            assertThat(file.spec().name()).as("name of %s", path).isEqualTo(e.get("title").asText());
            assertThat(file.history()).as("%s holds no recorded history", path).isNull();
            assertThat(file.weights()).as("%s holds no weights", path).isNull();
            // Saved as GradFlow writes it, so opening and saving a preset changes no byte.
            assertThat(ExperimentFiles.write(file)).as("canonical form of %s", path)
                    .isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
        }
    }

    private static void assertOneLine(String text, int maxLength) {
        assertThat(text).isNotBlank().isEqualTo(text.strip()).hasSizeLessThanOrEqualTo(maxLength)
                .doesNotContain("\n", "\r", "\t", "\u2028", "\u2029");
    }
}
