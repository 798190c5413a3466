package org.gradflow.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one Jackson configuration of experiment files: strict JSON (no comments, no NaN, duplicate keys are an
 * error), bounded input (size, nesting depth, short token excerpts in parser messages), tree model only (no
 * data binding to classes, so no polymorphic typing), and a stable pretty printer (two-space indent, {@code \n}
 * line ends on every platform).
 */
final class JsonSupport {
    /** The largest document read, in bytes (512 MiB: a long run with its history and the weights of a large network). */
    static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;
    /** The deepest nesting of objects and arrays read or written; the top-level object is level 1. */
    static final int MAX_NESTING_DEPTH = 100;
    /** The longest excerpt of a bad token the parser puts into its messages. */
    private static final int MAX_ERROR_TOKEN = 10;
    /** The longest parser message passed on, after escaping. */
    private static final int MAX_PARSER_MESSAGE = 240;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            // Packed arrays (a long run's history, a large network's weights) are long strings.
                            .maxStringLength((int) MAX_DOCUMENT_BYTES)
                            .build())
                    .errorReportConfiguration(ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(MAX_ERROR_TOKEN)
                            .maxRawContentLength(0)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .build();

    /** Multi-line output: objects and arrays with one entry per line, {@code "key": value}. */
    static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** One-line output for small objects: {@code {"kind": "leaky_relu", "alpha": 0.1}}. */
    static final ObjectWriter INLINE = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

    private JsonSupport() {
    }

    /** Opens a parser on the input. */
    @FunctionalInterface
    interface ParserSource {
        JsonParser open() throws IOException;
    }

    /**
     * Parses one JSON document held in a byte array; long plain strings (the packed arrays of a run) are copied
     * from it directly (see {@link TreeReader}).
     *
     * @param source the input's name, for messages
     * @param bytes the document (UTF-8), not {@code null}
     * @return the document's root value, never {@code null}
     * @throws ExperimentFileException as {@link #parse(String, ParserSource)}
     */
    static JsonNode parse(String source, byte[] bytes) throws ExperimentFileException {
        // After a byte-order mark the parser's byte offsets may not count from the array's start: let it decode.
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        return parse(source, () -> MAPPER.createParser(bytes), bom ? null : bytes);
    }

    /**
     * Parses one JSON document.
     *
     * @param source the input's name, for messages
     * @return the document's root value, never {@code null}
     * @throws ExperimentFileException when the input is empty, not JSON, has content after the document, or
     *         exceeds a limit; the message gives line, column and the JSON path where parsing stopped
     */
    static JsonNode parse(String source, ParserSource input) throws ExperimentFileException {
        return parse(source, input, null);
    }

    private static JsonNode parse(String source, ParserSource input, byte[] bytes) throws ExperimentFileException {
        try (JsonParser parser = input.open()) {
            JsonNode root = readDocument(source, parser, bytes);
            if (root == null) {
                throw new ExperimentFileException(source, "", "the file is empty; expected a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new ExperimentFileException(source, "", "cannot read the input: "
                    + Excerpt.sanitize(String.valueOf(e), MAX_PARSER_MESSAGE), e);
        }
    }

    private static JsonNode readDocument(String source, JsonParser parser, byte[] bytes)
            throws ExperimentFileException, IOException {
        try {
            JsonNode root = TreeReader.read(parser, bytes);
            if (root != null && parser.nextToken() != null) {
                throw syntax(source, parser, parser.currentTokenLocation(), "not valid JSON",
                        "unexpected content after the end of the JSON document", null);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw syntax(source, parser, e.getLocation(), "exceeds a limit", e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw syntax(source, parser, e.getLocation(), "not valid JSON", e.getOriginalMessage(), e);
        }
    }

    /** @param kind what went wrong in general, e.g. {@code not valid JSON}; the message gives details */
    private static ExperimentFileException syntax(String source, JsonParser parser, JsonLocation location, String kind,
                                                  String message, Exception cause) {
        JsonLocation at = location != null ? location : parser.currentLocation();
        String where = at.getLineNr() > 0 ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
        String text = Excerpt.sanitize(message == null ? "malformed input" : message, MAX_PARSER_MESSAGE);
        return new ExperimentFileException(source, pathOf(parser.getParsingContext()), kind + where + ": " + text, cause);
    }

    /** @return the dotted JSON path of the value the parser was reading, {@code ""} at the top */
    static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "";
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.hasCurrentIndex()) {
                path = JsonPaths.index(path, c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = JsonPaths.child(path, c.getCurrentName());
            }
        }
        return path;
    }
}
