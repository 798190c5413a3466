package org.gradflow.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the JSON tree of a document from a parser, with the same nodes as {@code ObjectMapper.readTree} (text,
 * int/long/big-integer and double numbers, booleans, nulls), but reads plain ASCII strings straight from the input
 * bytes when the parser reads a byte array.
 *
 * <p>A long run's file is mostly packed arrays: 50-60 MB of base64 strings for a million recorded steps. The
 * parser decodes a string character by character into its text buffer and then copies that into a Java string;
 * a string of printable ASCII without escapes (every packed array) is instead found by one scan for its closing
 * quote and copied into its string in one step. The parser then skips it. Any other string (escapes, control
 * characters, non-ASCII) is left to the parser, so every string reads exactly as before.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final JsonParser parser;
    /** The bytes the parser reads, when it reads this byte array from its index 0; otherwise {@code null}. */
    private final byte[] input;

    private TreeReader(JsonParser parser, byte[] input) {
        this.parser = parser;
        this.input = input;
    }

    /**
     * Reads the next value of the parser.
     *
     * @param input the whole input when the parser reads this byte array from index 0 (strings are then copied
     *        from it directly), or {@code null}
     * @return the value's tree, or {@code null} when the input holds no value
     * @throws IOException when the parser fails (not JSON, a limit exceeded)
     */
    static JsonNode read(JsonParser parser, byte[] input) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        return new TreeReader(parser, input).value(first);
    }

    private JsonNode value(JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return object();
            case START_ARRAY:
                return array();
            case VALUE_STRING:
                return NODES.textNode(text());
            case VALUE_NUMBER_INT:
                return integer();
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // A JSON parser yields no other token at the start of a value.
                throw new IllegalStateException("unexpected JSON token " + token + " at the start of a value");
        }
    }

    private ObjectNode object() throws IOException {
        ObjectNode node = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            node.set(name, value(parser.nextToken()));
        }
        return node;
    }

    private ArrayNode array() throws IOException {
        ArrayNode node = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            node.add(value(t));
        }
        return node;
    }

    private JsonNode integer() throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    private String text() throws IOException {
        String direct = input == null ? null : plainAscii(input, parser.currentTokenLocation().getByteOffset());
        return direct != null ? direct : parser.getText();
    }

    /**
     * @param input JSON text in UTF-8
     * @param quote the index of a string's opening quote in it
     * @return the string's content, or {@code null} when {@code quote} is not a quote, the string is not closed, or
     *         it holds anything but printable ASCII other than the backslash (then the parser must decode it)
     */
    static String plainAscii(byte[] input, long quote) {
        if (quote < 0 || quote >= input.length || input[(int) quote] != '"') {
            return null;
        }
        int start = (int) quote + 1;
        int i = start;
        // Eight bytes at a time while none of them is special; the byte loop below finds which one is.
        while (i + Long.BYTES <= input.length && !hasSpecialByte((long) LONGS.get(input, i))) {
            i += Long.BYTES;
        }
        for (; i < input.length; i++) {
            byte b = input[i];
            if (b == '"') {
                return new String(input, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (b < 0x20 || b == '\\' || b == 0x7F) {
                // Bytes >= 0x80 (non-ASCII) are negative as Java bytes, so they land here too.
                return null;
            }
        }
        return null;
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * @return whether any of the eight bytes is a quote, a backslash, below 0x20, 0x7F or above (may also say so
     *         when only a later byte of the word is; never misses one)
     */
    static boolean hasSpecialByte(long w) {
        long nonAscii = w & HIGHS;
        long control = (w - 0x20 * ONES) & ~w & HIGHS;        // a byte below 0x20 (for bytes below 0x80)
        long quote = zeroByte(w ^ ('"' * ONES));
        long backslash = zeroByte(w ^ ('\\' * ONES));
        long delete = zeroByte(w ^ (0x7F * ONES));
        return (nonAscii | control | quote | backslash | delete) != 0;
    }

    private static long zeroByte(long v) {
        return (v - ONES) & ~v & HIGHS;
    }
}
