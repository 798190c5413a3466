package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.LossKind;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;
import org.junit.jupiter.api.Test;

/** docs/experiment-format.md stays true: its examples load, and every field and name it must list is there. */
class FormatDocTest {
    private static final Path DOC = Path.of("docs", "experiment-format.md");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

    private static String doc() throws Exception {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    private static List<String> jsonBlocks(String doc) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theCompleteExampleIsTheCanonicalSampleFileAndEveryExampleLoads() throws Exception {
        List<String> blocks = jsonBlocks(doc());
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        String sample = Files.readString(SampleFilesV1Test.sample("xor-with-history.json"), StandardCharsets.UTF_8);
        assertThat(blocks.get(0)).isEqualTo(sample);
        for (String block : blocks) {
            ExperimentFiles.read(block, "doc example"); // throws when an example is not a valid file
        }
        ExperimentFile complete = ExperimentFiles.read(blocks.get(0), "complete example");
        assertThat(complete.history()).isNotNull();
        assertThat(complete.weights()).isNotNull();
        // The shorthand example is the document whose defaults ShorthandsAndDefaultsTest checks field by field.
        assertThat(blocks.get(1)).isEqualTo(ShorthandsAndDefaultsTest.MINIMAL);
    }

    @Test
    void everyFieldTheReadersAcceptIsDocumented() throws Exception {
        String doc = doc();
        List<String> fields = Stream.of(ExperimentReader.FIELDS, DatasetReader.FIELDS, DatasetReader.CSV_FIELDS,
                NetworkReader.FIELDS, NetworkReader.RESIDUAL_FIELDS, LayerReader.FIELDS, LayerReader.ACTIVATION_FIELDS,
                LayerReader.INIT_FIELDS, TrainingReader.FIELDS, TrainingReader.OPTIMIZER_FIELDS,
                TrainingReader.CLIP_FIELDS).flatMap(List::stream).distinct().toList();
        for (String field : fields) {
            assertThat(doc).as("field %s", field).contains("| `" + field + "` |");
        }
    }

    @Test
    void everyNameIsDocumented() throws Exception {
        String doc = doc();
        List<Class<? extends Enum<?>>> types = List.of(ActivationKind.class, InitKind.class, DatasetKind.class,
                LossKind.class, OptimizerKind.class, ClipKind.class, NormPlacement.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(doc).as("%s", value).contains("`" + EnumNames.of(value) + "`");
            }
        }
    }
}
