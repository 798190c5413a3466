package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the fields of one JSON object at a known JSON path. Creating it checks that the value is an object and
 * that every field name is one the object may have (typo protection). A field that is absent or JSON
 * {@code null} counts as omitted: optional getters return their default, required ones fail.
 */
final class FieldReader {
    private final String source;
    private final String path;
    private final JsonNode node;

    private FieldReader(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /**
     * @param source the input's name, for messages
     * @param path the JSON path of {@code node}
     * @param node the value that must be an object
     * @param allowed the field names the object may have
     * @throws ExperimentFileException when node is not an object or has a field not in {@code allowed}
     */
    static FieldReader of(String source, String path, JsonNode node, List<String> allowed)
            throws ExperimentFileException {
        if (node == null || !node.isObject()) {
            throw new ExperimentFileException(source, path, "expected an object, got " + JsonValues.describe(node));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!allowed.contains(name)) {
                throw new ExperimentFileException(source, JsonPaths.child(path, name),
                        "unknown field" + suggestion(name, allowed) + "; valid fields here: " + String.join(", ", allowed));
            }
        }
        return new FieldReader(source, path, node);
    }

    String source() {
        return source;
    }

    String path() {
        return path;
    }

    /** @return the JSON path of field {@code name} of this object */
    String pathOf(String name) {
        return JsonPaths.child(path, name);
    }

    /** @return the value, or {@code null} when it is absent or JSON null */
    JsonNode optional(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** @return the value, never {@code null} */
    JsonNode required(String name) throws ExperimentFileException {
        JsonNode v = optional(name);
        if (v == null) {
            throw new ExperimentFileException(source, pathOf(name),
                    node.has(name) ? "required field must not be null" : "missing required field");
        }
        return v;
    }

    String requiredString(String name) throws ExperimentFileException {
        return JsonValues.toText(source, pathOf(name), required(name));
    }

    /** @param fallback returned when the field is omitted, may be {@code null} */
    String optionalString(String name, String fallback) throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toText(source, pathOf(name), v);
    }

    int requiredInt(String name) throws ExperimentFileException {
        return JsonValues.toInt(source, pathOf(name), required(name));
    }

    int optionalInt(String name, int fallback) throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toInt(source, pathOf(name), v);
    }

    long requiredLong(String name) throws ExperimentFileException {
        return JsonValues.toLong(source, pathOf(name), required(name));
    }

    long optionalLong(String name, long fallback) throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toLong(source, pathOf(name), v);
    }

    double requiredDouble(String name) throws ExperimentFileException {
        return JsonValues.toDouble(source, pathOf(name), required(name));
    }

    double optionalDouble(String name, double fallback) throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toDouble(source, pathOf(name), v);
    }

    boolean optionalBoolean(String name, boolean fallback) throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toBoolean(source, pathOf(name), v);
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type, String what) throws ExperimentFileException {
        return JsonValues.toEnum(source, pathOf(name), required(name), type, what);
    }

    <E extends Enum<E>> E optionalEnum(String name, Class<E> type, String what, E fallback)
            throws ExperimentFileException {
        JsonNode v = optional(name);
        return v == null ? fallback : JsonValues.toEnum(source, pathOf(name), v, type, what);
    }

    /**
     * @param maxSize the largest number of elements accepted
     * @return the array's elements, or an empty list when the field is omitted
     */
    List<JsonNode> optionalArray(String name, int maxSize) throws ExperimentFileException {
        JsonNode v = optional(name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ExperimentFileException(source, pathOf(name), "expected an array, got " + JsonValues.describe(v));
        }
        if (v.size() > maxSize) {
            throw new ExperimentFileException(source, pathOf(name),
                    "must have at most " + maxSize + " elements, got " + v.size());
        }
        List<JsonNode> elements = new ArrayList<>(v.size());
        v.forEach(elements::add);
        return elements;
    }

    /** Like {@link #optionalArray} but the field must be present. */
    List<JsonNode> requiredArray(String name, int maxSize) throws ExperimentFileException {
        required(name);
        return optionalArray(name, maxSize);
    }

    /** Calls a record constructor; see {@link SpecErrors#build}. The prefix is this object's path. */
    <T> T build(Map<String, String> renames, Supplier<T> constructor) throws ExperimentFileException {
        return SpecErrors.build(source, path, renames, constructor);
    }

    /** @return {@code "; did you mean "x"?"} for a name within two edits of an allowed one, else {@code ""} */
    private static String suggestion(String name, List<String> allowed) {
        if (name.length() > 40) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            if (editDistance(lower, candidate.toLowerCase(Locale.ROOT)) <= 2) {
                return "; did you mean \"" + candidate + "\"?";
            }
        }
        return "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
