package org.gradflow.io;

import java.util.Map;
import java.util.function.Supplier;
import org.gradflow.model.InvalidSpecException;

/**
 * Turns the model's {@link InvalidSpecException} into an {@link ExperimentFileException} whose path is the full
 * JSON path: the record's field path (e.g. {@code units}, {@code layers[3].activation} or
 * {@code network.inputSize}) is renamed where the file's name differs from the record's component name and
 * prefixed with the path of the JSON object the record was read from.
 */
final class SpecErrors {
    private SpecErrors() {
    }

    /**
     * Calls a record constructor.
     *
     * @param source the input's name
     * @param prefix JSON path of the object the record is read from ({@code ""} for the top level)
     * @param renames record field path (whole, or its first segment) to JSON path; fields not listed keep their name
     * @param constructor creates the record, may throw {@link InvalidSpecException}
     * @return the record
     * @throws ExperimentFileException naming the full JSON path when the constructor rejects a value
     */
    static <T> T build(String source, String prefix, Map<String, String> renames, Supplier<T> constructor)
            throws ExperimentFileException {
        try {
            return constructor.get();
        } catch (InvalidSpecException e) {
            throw new ExperimentFileException(source, JsonPaths.join(prefix, rename(e.field(), renames)), e.problem(), e);
        }
    }

    /** @return the field path with its whole name or first segment renamed */
    static String rename(String field, Map<String, String> renames) {
        String whole = renames.get(field);
        if (whole != null) {
            return whole;
        }
        int end = firstSegmentEnd(field);
        String first = field.substring(0, end);
        String renamed = renames.get(first);
        return renamed == null ? field : renamed + field.substring(end);
    }

    private static int firstSegmentEnd(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '.' || c == '[') {
                return i;
            }
        }
        return field.length();
    }
}
