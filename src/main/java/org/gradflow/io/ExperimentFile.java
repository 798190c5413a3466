package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.gradflow.model.ExperimentSpec;

/**
 * The content of one experiment file: the experiment's spec and the two reserved sections, {@code history}
 * (the recorded per-step measurements) and {@code weights} (the final weights). This version of GradFlow does
 * not interpret the reserved sections; it keeps them as JSON trees so that they survive a load and save
 * unchanged. A later change replaces each {@link JsonNode} by a typed value with its own reader and writer
 * (the extension point), and bumps the file version only if the stored JSON changes shape.
 *
 * <p>The JSON trees are copied on the way in and on the way out, so the record is immutable. They must be plain
 * JSON (objects, arrays, strings, finite numbers, booleans, nulls) nested at most
 * {@value ExperimentFiles#MAX_NESTING_DEPTH} levels deep counting the file's top-level object. Numbers are stored
 * as the parser reads them: integers as int, long or big-integer nodes (the smallest that fits), all other
 * numbers as {@code double} nodes (a {@code float} 0.1f becomes the double 0.10000000149011612). So a file built
 * in code equals the same file saved and loaded again.
 *
 * @param spec the experiment, not {@code null}
 * @param history the recorded history, or {@code null} when the file has none (JSON {@code null} counts as none)
 * @param weights the final weights, or {@code null} when the file has none (JSON {@code null} counts as none)
 */
public record ExperimentFile(ExperimentSpec spec, JsonNode history, JsonNode weights) {
    /**
     * @throws IllegalArgumentException when a reserved section is not plain JSON, holds a non-finite number, or
     *         nests too deep
     */
    public ExperimentFile {
        Objects.requireNonNull(spec, "spec");
        history = checkedCopy(history, ReservedSections.HISTORY);
        weights = checkedCopy(weights, ReservedSections.WEIGHTS);
    }

    /** @return a file holding only the spec */
    public static ExperimentFile of(ExperimentSpec spec) {
        return new ExperimentFile(spec, null, null);
    }

    /** @return a copy of the recorded history, or {@code null} when there is none */
    @Override
    public JsonNode history() {
        return history == null ? null : history.deepCopy();
    }

    /** @return a copy of the final weights, or {@code null} when there are none */
    @Override
    public JsonNode weights() {
        return weights == null ? null : weights.deepCopy();
    }

    /** @return the same file with another spec, not {@code null} */
    public ExperimentFile withSpec(ExperimentSpec newSpec) {
        return new ExperimentFile(newSpec, history, weights);
    }

    private static JsonNode checkedCopy(JsonNode node, String section) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        ReservedSections.Problem problem = ReservedSections.check(node, section);
        if (problem != null) {
            throw new IllegalArgumentException(problem.path() + ": " + problem.problem());
        }
        return ReservedSections.canonical(node);
    }
}
