package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Map;

/**
 * Checks the content of the reserved top-level sections ({@code history}, {@code weights}) that this version
 * stores without interpreting: it must be plain JSON (objects, arrays, strings, finite numbers, booleans,
 * nulls) and nest no deeper than a file may, so that whatever is stored can be written and read back unchanged.
 * Numbers are stored the way the parser reads them ({@link #canonical}), so a section built in code equals
 * the same section read back from a file.
 */
final class ReservedSections {
    /** The reserved section names, in file order. */
    static final String HISTORY = "history";
    static final String WEIGHTS = "weights";

    /** A problem found in a section: where and what. */
    record Problem(String path, String problem) {
    }

    private ReservedSections() {
    }

    /**
     * @param node the section's content, not {@code null}
     * @param path the section's JSON path, e.g. {@code history}
     * @return the first problem, or {@code null} when the content is fine
     */
    static Problem check(JsonNode node, String path) {
        // The top-level object is depth 1, so a section's own content may nest one level less than a file.
        return check(node, path, JsonSupport.MAX_NESTING_DEPTH - 1);
    }

    /**
     * @param node content that passed {@link #check}, not {@code null}
     * @return a deep copy in which every integer is the smallest of int, long and big-integer node that holds it
     *         and every other number is a double node, as the parser reads them
     */
    static JsonNode canonical(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                copy.set(e.getKey(), canonical(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = nodes.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(canonical(element));
            }
            return copy;
        }
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.bitLength() < Integer.SIZE) {
                return nodes.numberNode(value.intValue());
            }
            return value.bitLength() < Long.SIZE ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
        }
        if (node.isNumber()) {
            return nodes.numberNode(node.doubleValue());
        }
        return node.deepCopy();
    }

    private static Problem check(JsonNode node, String path, int depthLeft) {
        if (node.isContainerNode() && depthLeft <= 0) {
            return new Problem(path, "nested deeper than " + JsonSupport.MAX_NESTING_DEPTH + " levels");
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Problem p = check(e.getValue(), JsonPaths.child(path, e.getKey()), depthLeft - 1);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Problem p = check(node.get(i), JsonPaths.index(path, i), depthLeft - 1);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (node.isNumber()) {
            return Double.isFinite(node.doubleValue()) || node.isIntegralNumber() ? null
                    : new Problem(path, "numbers must be finite, got " + JsonValues.describe(node));
        }
        if (node.isTextual() || node.isBoolean() || node.isNull()) {
            return null;
        }
        return new Problem(path, "only plain JSON values can be stored, got " + JsonValues.describe(node));
    }
}
