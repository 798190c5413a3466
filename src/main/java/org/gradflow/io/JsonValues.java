package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Converts single JSON values to Java values, naming the source, the JSON path and the problem when the value
 * has the wrong type or does not fit. The parser reads floating-point numbers as {@code double}.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** @return a short description of the value for error messages, e.g. {@code a string "abc"} */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "a string " + Excerpt.quote(v.textValue());
        }
        if (v.isBoolean()) {
            return "the boolean " + v.booleanValue();
        }
        if (v.isNumber()) {
            return "the number " + Excerpt.sanitize(v.asText(), Excerpt.MAX_LENGTH);
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.isObject() ? "an object" : "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static String toText(String source, String path, JsonNode v) throws ExperimentFileException {
        if (!v.isTextual()) {
            throw new ExperimentFileException(source, path, "expected a string, got " + describe(v));
        }
        return v.textValue();
    }

    static boolean toBoolean(String source, String path, JsonNode v) throws ExperimentFileException {
        if (!v.isBoolean()) {
            throw new ExperimentFileException(source, path, "expected true or false, got " + describe(v));
        }
        return v.booleanValue();
    }

    /** Accepts any finite JSON number; integers convert exactly up to 2^53. */
    static double toDouble(String source, String path, JsonNode v) throws ExperimentFileException {
        if (!v.isNumber()) {
            throw new ExperimentFileException(source, path, "expected a number, got " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ExperimentFileException(source, path, "is too large to be a number here, got " + describe(v));
        }
        return d;
    }

    /** Accepts a JSON number without fractional part (so {@code 3} and {@code 3.0}) that fits in 32 bits. */
    static int toInt(String source, String path, JsonNode v) throws ExperimentFileException {
        long value = toLong(source, path, v);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw outOfRange(source, path, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        return (int) value;
    }

    /** Accepts a JSON number without fractional part that fits in 64 bits. */
    static long toLong(String source, String path, JsonNode v) throws ExperimentFileException {
        if (!v.isNumber()) {
            throw new ExperimentFileException(source, path, "expected an integer, got " + describe(v));
        }
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw outOfRange(source, path, v, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            return v.longValue();
        }
        double d = v.doubleValue();
        if (Double.isFinite(d) && d != Math.rint(d)) {
            throw new ExperimentFileException(source, path, "expected an integer, got " + describe(v));
        }
        if (!(d >= -0x1p63 && d < 0x1p63)) {
            throw outOfRange(source, path, v, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return (long) d;
    }

    private static ExperimentFileException outOfRange(String source, String path, JsonNode v, long min, long max) {
        return new ExperimentFileException(source, path, "must be between " + min + " and " + max + ", got "
                + Excerpt.sanitize(v.asText(), Excerpt.MAX_LENGTH));
    }

    /**
     * @param what what the name names, for messages, e.g. {@code activation}
     * @return the constant named by the string value, any letter case
     */
    static <E extends Enum<E>> E toEnum(String source, String path, JsonNode v, Class<E> type, String what)
            throws ExperimentFileException {
        if (!v.isTextual()) {
            throw new ExperimentFileException(source, path, "expected the name of a " + what + " (a string), got "
                    + describe(v) + "; valid: " + EnumNames.all(type));
        }
        E value = EnumNames.parse(type, v.textValue());
        if (value == null) {
            throw new ExperimentFileException(source, path, "unknown " + what + " " + Excerpt.quote(v.textValue())
                    + "; valid: " + EnumNames.all(type));
        }
        return value;
    }
}
