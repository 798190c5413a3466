package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The reserved sections: kept as JSON, round-tripped unchanged, immutable, and only plain JSON. */
class ExperimentFileTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ObjectNode history() {
        ObjectNode h = NODES.objectNode();
        h.put("format", "future-history").put("steps", 3);
        ArrayNode loss = h.putArray("loss");
        loss.add(0.1).add(1e-300).add(-0.0).add(Double.MAX_VALUE).add(2.5f).add(7);
        h.put("big", new BigInteger("123456789012345678901234567890"));
        h.putObject("layers").putArray("0").addObject().put("name", "Schicht \"eins\" → 𝛁\n").put("ok", true).putNull("nan");
        return h;
    }

    @Test
    void reservedSectionsSurviveLoadAndSaveUnchanged() throws Exception {
        ArrayNode weights = NODES.arrayNode();
        weights.addArray().add(0.5).add(-0.25);
        ExperimentFile file = new ExperimentFile(TestSpecs.base(), history(), weights);
        String json = ExperimentFiles.write(file);
        ExperimentFile back = ExperimentFiles.read(json, "with-history.json");

        assertThat(back).isEqualTo(file);
        assertThat(back.history()).isEqualTo(file.history());
        assertThat(back.history().toString()).isEqualTo(history().toString());
        assertThat(Double.doubleToRawLongBits(back.history().get("loss").get(2).doubleValue()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back.history().get("big").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(ExperimentFiles.write(back)).isEqualTo(json);
        assertThat(json.indexOf("\"training\"")).isLessThan(json.indexOf("\"history\""));
        assertThat(json.indexOf("\"history\"")).isLessThan(json.indexOf("\"weights\""));
    }

    @Test
    void numbersAreStoredAsTheParserReadsThem() {
        ArrayNode numbers = NODES.arrayNode().add(0.1f).add(7L).add(new BigInteger("5")).add((short) 2)
                .add(new java.math.BigDecimal("0.25")).add(1L << 40);
        JsonNode stored = new ExperimentFile(TestSpecs.base(), numbers, null).history();
        assertThat(stored.get(0).isDouble()).isTrue();
        assertThat(stored.get(0).doubleValue()).isEqualTo(0.10000000149011612);
        assertThat(stored.get(1).isInt()).isTrue();
        assertThat(stored.get(2).isInt()).isTrue();
        assertThat(stored.get(3).isInt()).isTrue();
        assertThat(stored.get(4).isDouble()).isTrue();
        assertThat(stored.get(5).isLong()).isTrue();
    }

    @Test
    void aReservedSectionMayBeAnyJsonValue() throws Exception {
        for (JsonNode value : new JsonNode[] {NODES.textNode("opaque"), NODES.numberNode(3), NODES.arrayNode()}) {
            ExperimentFile file = new ExperimentFile(TestSpecs.base(), value, null);
            assertThat(ExperimentFiles.read(ExperimentFiles.write(file), "any.json")).isEqualTo(file);
        }
    }

    @Test
    void theSectionsAreCopiedInAndOut() {
        ObjectNode h = history();
        ExperimentFile file = new ExperimentFile(TestSpecs.base(), h, null);
        h.put("steps", 99);
        ((ObjectNode) file.history()).put("steps", 100);
        assertThat(file.history().get("steps").intValue()).isEqualTo(3);
    }

    @Test
    void jsonNullMeansNoSection() {
        ExperimentFile file = new ExperimentFile(TestSpecs.base(), NullNode.getInstance(), null);
        assertThat(file.history()).isNull();
        assertThat(file).isEqualTo(ExperimentFile.of(TestSpecs.base()));
    }

    @Test
    void onlyPlainFiniteJsonOfReadableDepthIsAccepted() {
        ObjectNode pojo = NODES.objectNode();
        pojo.putPOJO("x", new Object());
        assertThatThrownBy(() -> new ExperimentFile(TestSpecs.base(), pojo, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("history.x: only plain JSON values");

        ArrayNode infinite = NODES.arrayNode().add(1).add(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> new ExperimentFile(TestSpecs.base(), null, infinite))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("weights[1]: numbers must be finite");

        assertThatThrownBy(() -> new ExperimentFile(TestSpecs.base(), nested(ExperimentFiles.MAX_NESTING_DEPTH), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper than 100 levels");
        assertThat(new ExperimentFile(TestSpecs.base(), nested(ExperimentFiles.MAX_NESTING_DEPTH - 1), null).history())
                .isNotNull();
    }

    @Test
    void theDeepestAcceptedSectionCanBeWrittenAndReadBack() throws Exception {
        ExperimentFile file = new ExperimentFile(TestSpecs.base(), nested(ExperimentFiles.MAX_NESTING_DEPTH - 1), null);
        assertThat(ExperimentFiles.read(ExperimentFiles.write(file), "deep.json")).isEqualTo(file);
    }

    @Test
    void specIsRequired() {
        assertThatThrownBy(() -> new ExperimentFile(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    /** @return {@code depth} arrays nested in each other */
    private static ArrayNode nested(int depth) {
        ArrayNode outer = NODES.arrayNode();
        ArrayNode current = outer;
        for (int i = 1; i < depth; i++) {
            current = current.addArray();
        }
        return outer;
    }
}
