package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TreeReader} builds the same tree as Jackson's {@code readTree}, node class for node class. */
class TreeReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "[]",
            "{\"a\": \"plain\", \"b\": \"\", \"c\": \"with \\\"escaped\\\" quotes\", \"d\": \"tab\\tand\\nnewline\"}",
            "{\"unicode\": \"Gr\u00fc\u00dfe \u68af\u5ea6 \ud83d\ude00\", \"escaped\": \"\\u00e9\\ud83d\\ude00\"}",
            "{\"del\": \"a\u007fb\", \"slash\": \"a\\/b\", \"backslash\": \"\\\\\"}",
            "{\"n\": [0, -1, 2147483647, 2147483648, -9223372036854775808, 9223372036854775808, 1e3, -0.0, 1.5E-300]}",
            "{\"t\": true, \"f\": false, \"z\": null, \"nested\": {\"x\": [[], {}, [\"s\", {\"k\": \"v\"}]]}}",
            "[\"top\", \"level\", 1, \"array\"]",
            "\"just a string\"",
            "42",
            "{\"history\": {\"encoding\": \"base64-little-endian\", \"note\": \"not base64 at all\", \"values\": \"AAAAAAAA8D8=\"}}"
    })
    void readsTheSameTreeAsJackson(String json) throws IOException {
        assertSameTree(json);
    }

    @Test
    void longPackedArraysReadTheSameAsJackson() throws IOException {
        Random random = new Random(7);
        StringBuilder json = new StringBuilder("{\"history\": {\"encoding\": \"base64-little-endian\"");
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(200_000)];
            random.nextBytes(bytes);
            json.append(", \"array").append(i).append("\": \"").append(Base64.getEncoder().encodeToString(bytes)).append('"');
        }
        json.append("}, \"after\": \"end\"}");
        assertSameTree(json.toString());
    }

    @Test
    void plainAsciiStringsAreTakenFromTheBytesAndEverythingElseIsLeftToTheParser() {
        byte[] json = "[\"abc+/=\", \"\", \"a\\\"b\", \"\u00e9\", \"tab\there\", \"open".getBytes(StandardCharsets.UTF_8);
        String text = new String(json, StandardCharsets.UTF_8);

        assertThat(TreeReader.plainAscii(json, text.indexOf("\"abc"))).isEqualTo("abc+/=");
        assertThat(TreeReader.plainAscii(json, text.indexOf("\"\""))).isEmpty();
        assertThat(TreeReader.plainAscii(json, text.indexOf("\"a\\"))).as("escape").isNull();
        assertThat(TreeReader.plainAscii(json, text.indexOf("\"\u00e9") + 0)).as("non-ASCII").isNull();
        assertThat(TreeReader.plainAscii(json, json.length - 5)).as("unterminated").isNull();
        assertThat(TreeReader.plainAscii(json, 0)).as("not at a quote").isNull();
        assertThat(TreeReader.plainAscii(json, -1)).as("offset unknown").isNull();
        assertThat(TreeReader.plainAscii(json, json.length)).as("offset past the end").isNull();
    }

    @Test
    void theWordTestFindsEverySpecialByteAtEveryPositionAndPassesPlainWords() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] word = new byte[8];
            for (int i = 0; i < 8; i++) {
                word[i] = (byte) (0x20 + random.nextInt(0x5F)); // printable ASCII 0x20..0x7E
                if (word[i] == '"' || word[i] == '\\') {
                    word[i] = 'A';
                }
            }
            assertThat(TreeReader.hasSpecialByte(asLong(word))).isFalse();
            int at = random.nextInt(8);
            int special = random.nextInt(256);
            word[at] = (byte) special;
            boolean expected = special < 0x20 || special >= 0x7F || special == '"' || special == '\\';
            assertThat(TreeReader.hasSpecialByte(asLong(word))).as("byte 0x%02x at %d", special, at).isEqualTo(expected);
        }
    }

    @Test
    void plainAsciiMatchesAByteByByteScanWhereverTheSpecialByteFalls() {
        for (int length = 0; length < 40; length++) {
            for (int special : new int[] {'"', '\\', 0x01, 0x7F, 0xC3}) {
                for (int at = 0; at <= length; at++) {
                    byte[] json = new byte[length + 3];
                    json[0] = '"';
                    for (int i = 1; i < json.length; i++) {
                        json[i] = (byte) ('a' + i % 26);
                    }
                    json[1 + at] = (byte) special;
                    json[json.length - 1] = '"';
                    assertThat(TreeReader.plainAscii(json, 0)).as("length %d, 0x%02x at %d", length, special, at)
                            .isEqualTo(byteByByte(json));
                }
            }
        }
    }

    private static long asLong(byte[] word) {
        return java.nio.ByteBuffer.wrap(word).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** The plain definition: the bytes up to the next quote when all of them are printable ASCII but the backslash. */
    private static String byteByByte(byte[] json) {
        for (int i = 1; i < json.length; i++) {
            int b = json[i] & 0xFF;
            if (b == '"') {
                return new String(json, 1, i - 1, StandardCharsets.ISO_8859_1);
            }
            if (b < 0x20 || b >= 0x7F || b == '\\') {
                return null;
            }
        }
        return null;
    }

    @Test
    void aByteOrderMarkIsSkippedAndStringsStillReadRight() throws Exception {
        byte[] body = "{\"format\": \"x\", \"history\": {\"values\": \"AAAAAAAA8D8=\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        JsonNode tree = JsonSupport.parse("bom.json", withBom);

        assertThat(tree.path("history").path("values").textValue()).isEqualTo("AAAAAAAA8D8=");
        assertThat(tree).isEqualTo(JsonSupport.MAPPER.readTree(body));
    }

    @Test
    void malformedInputIsStillReportedByTheParserWithItsLine() {
        byte[] bad = "{\"a\": \"unterminated string}\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonSupport.parse("bad.json", bad))
                .isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("not valid JSON");
        byte[] control = "{\"a\": \"raw\u0001control\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonSupport.parse("control.json", control))
                .isInstanceOf(ExperimentFileException.class)
                .hasMessageContaining("not valid JSON");
    }

    private static void assertSameTree(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonNode expected = JsonSupport.MAPPER.readTree(bytes);
        JsonNode fromBytes;
        try (JsonParser parser = JsonSupport.MAPPER.createParser(bytes)) {
            fromBytes = TreeReader.read(parser, bytes);
        }
        JsonNode fromText;
        try (JsonParser parser = JsonSupport.MAPPER.createParser(json)) {
            fromText = TreeReader.read(parser, null);
        }
        assertThat(fromBytes).isEqualTo(expected);
        assertThat(fromText).isEqualTo(expected);
        assertThat(nodeClasses(fromBytes)).isEqualTo(nodeClasses(expected));
        assertThat(nodeClasses(fromText)).isEqualTo(nodeClasses(expected));
    }

    /** The node classes of the tree in document order (equality of trees does not compare IntNode with LongNode). */
    private static List<String> nodeClasses(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        out.add(node.getClass().getSimpleName());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(e.getKey());
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
