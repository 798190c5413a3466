package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;

/** Valid experiment documents as JSON trees to break in tests, and assertions on the resulting errors. */
final class Documents {
    private Documents() {
    }

    /** Blobs (4 features, 3 classes); layers[0..3] are 8 tanh units, layers[4] the 3-unit identity output. */
    static ExperimentSpec fiveLayers() {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            layers.add(LayerSpec.dense(8, ActivationKind.TANH, InitKind.XAVIER_NORMAL));
        }
        layers.add(LayerSpec.dense(3, ActivationKind.IDENTITY, InitKind.XAVIER_NORMAL));
        return TestSpecs.base().withNetwork(NetworkSpec.of(4, layers));
    }

    /** @return the canonical document of {@link #fiveLayers()} as a mutable tree */
    static ObjectNode valid() {
        try {
            return (ObjectNode) JsonSupport.MAPPER.readTree(ExperimentFiles.write(ExperimentFile.of(fiveLayers())));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** @return the object at a JSON pointer such as {@code /network/layers/3} */
    static ObjectNode at(JsonNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    static String text(JsonNode doc) {
        try {
            return JsonSupport.PRETTY.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads the text, expects the error, and checks that source, path and problem are in the message. */
    static ExperimentFileException assertError(String json, String source, String path, String problemPart) {
        ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class,
                () -> ExperimentFiles.read(json, source));
        assertThat(e).as("expected an error at %s", path).isNotNull();
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains(problemPart);
        assertThat(e.getMessage())
                .startsWith(source + ": " + (path.isEmpty() ? "" : ExperimentFileException.shortened(path) + ": "))
                .contains(problemPart);
        return e;
    }

    static ExperimentFileException assertError(JsonNode doc, String source, String path, String problemPart) {
        return assertError(text(doc), source, path, problemPart);
    }
}
