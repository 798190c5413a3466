package org.gradflow.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Upgrades an experiment document of an older file version to the current one, one version at a time, before
 * it is read. Version 1 is the first version, so today there are no steps and migrating is the identity.
 *
 * <p>The rule for a new version {@code n + 1}: add one {@link Step} that rewrites a version-{@code n} document
 * (as a JSON tree) into a version-{@code n + 1} document, raise {@link #CURRENT_VERSION}, append the step to
 * {@link #standard()}, and keep the old sample files under {@code src/test/resources/experiments/v<n>/} as tests.
 */
public final class Migrations {
    /** The file version this GradFlow writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    private static final Migrations STANDARD = new Migrations(List.of());

    /** One upgrade, from version {@code n} to {@code n + 1}. */
    @FunctionalInterface
    public interface Step {
        /**
         * @param document a version-{@code n} document (the step may change it in place), not {@code null}
         * @param source the input's name, for error messages
         * @return the version-{@code n + 1} document; its {@code version} field is set by the caller
         * @throws ExperimentFileException when the document cannot be upgraded
         */
        ObjectNode apply(ObjectNode document, String source) throws ExperimentFileException;
    }

    private final List<Step> steps;

    /**
     * @param steps {@code steps.get(i)} upgrades version {@code i + 1} to {@code i + 2}; not {@code null}, copied
     */
    Migrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** @return the migrations of this GradFlow, up to {@link #CURRENT_VERSION} */
    public static Migrations standard() {
        return STANDARD;
    }

    /** @return the version documents are migrated to */
    public int currentVersion() {
        return steps.size() + 1;
    }

    /**
     * @param document a document of version {@code version}, not {@code null}; not changed
     * @param version from 1 to {@link #currentVersion()}
     * @param source the input's name, for error messages
     * @return the document upgraded to {@link #currentVersion()} (a copy)
     * @throws ExperimentFileException when a step cannot upgrade the document
     */
    public ObjectNode toCurrent(ObjectNode document, int version, String source) throws ExperimentFileException {
        Objects.requireNonNull(document, "document");
        if (version < 1 || version > currentVersion()) {
            throw new IllegalArgumentException("version must be between 1 and " + currentVersion() + ", got " + version);
        }
        ObjectNode current = document.deepCopy();
        for (int v = version; v < currentVersion(); v++) {
            current = Objects.requireNonNull(steps.get(v - 1).apply(current, source), "migration result");
            current.put("version", v + 1);
        }
        return current;
    }
}
