package org.gradflow.ui.compose;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gradflow.model.InvalidSpecException;

/**
 * Collects validation problems while a spec is assembled from text fields, keyed by field path (for example
 * {@code network.layers[3].units}) in the order they were found. Only the first problem per field is kept.
 */
final class FieldProblems {
    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Records {@code problem} for {@code field} unless that field already has one. Neither may be {@code null}. */
    void add(String field, String problem) {
        problems.putIfAbsent(field, problem);
    }

    /** @return true when no problem was recorded */
    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @return the problems in the order found, unmodifiable, never {@code null} */
    Map<String, String> asMap() {
        return Collections.unmodifiableMap(problems);
    }

    /** @return the parsed integer, or {@code null} after recording a problem when the text is not a whole number */
    Integer parseInt(String field, String text) {
        String t = trimmed(text);
        if (t.isEmpty()) {
            add(field, "is required");
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            add(field, "must be a whole number, got '" + t + "'");
            return null;
        }
    }

    /** @return the parsed long, or {@code null} after recording a problem when the text is not a whole number */
    Long parseLong(String field, String text) {
        String t = trimmed(text);
        if (t.isEmpty()) {
            add(field, "is required");
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            add(field, "must be a whole number, got '" + t + "'");
            return null;
        }
    }

    /** @return the parsed number, or {@code null} after recording a problem when the text is not a finite number */
    Double parseDouble(String field, String text) {
        String t = trimmed(text);
        if (t.isEmpty()) {
            add(field, "is required");
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            add(field, "must be a number, got '" + t + "'");
            return null;
        }
        if (!Double.isFinite(value)) {
            add(field, "must be a finite number, got '" + t + "'");
            return null;
        }
        return value;
    }

    /**
     * Parses a value that the current settings do not use (a hidden field): nothing is recorded, and an unreadable
     * text gives {@code fallback}.
     */
    static Double parseUnused(String text, double fallback) {
        return parseUnused(text, fallback, v -> true);
    }

    /**
     * Like {@link #parseUnused(String, double)}, but a finite value that {@code accepted} rejects also gives
     * {@code fallback}, so a hidden field can never make the spec invalid. Boxed on purpose: callers mix it with
     * {@link #parseDouble} in conditional expressions, where a primitive would unbox that method's {@code null}.
     */
    static Double parseUnused(String text, double fallback, java.util.function.DoublePredicate accepted) {
        try {
            double v = Double.parseDouble(trimmed(text));
            return Double.isFinite(v) && accepted.test(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Runs a spec constructor; an {@link InvalidSpecException} it throws is recorded under
     * {@code prefix + field()}, where {@code rename} may first rewrite the exception's field.
     *
     * @return the built value, or {@code null} when it threw
     */
    <T> T build(String prefix, java.util.function.UnaryOperator<String> rename, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidSpecException e) {
            add(prefix + rename.apply(e.field()), e.problem());
            return null;
        }
    }

    /** Same as {@link #build(String, java.util.function.UnaryOperator, Supplier)} without renaming. */
    <T> T build(String prefix, Supplier<T> constructor) {
        return build(prefix, f -> f, constructor);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
