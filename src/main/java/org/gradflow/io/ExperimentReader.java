package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.TrainingSpec;

/**
 * Reads a parsed experiment document: checks {@code format} and {@code version}, migrates older versions, then
 * reads the sections and keeps the reserved ones as JSON trees.
 */
final class ExperimentReader {
    static final String FORMAT = "gradflow-experiment";
    static final List<String> FIELDS = List.of("format", "version", "name", "seed", "dataset", "network", "training",
            ReservedSections.HISTORY, ReservedSections.WEIGHTS);

    private ExperimentReader() {
    }

    /**
     * @param source the input's name, for messages
     * @param root the parsed document, not {@code null}
     * @param migrations the upgrades of older versions
     */
    static ExperimentFile read(String source, JsonNode root, Migrations migrations) throws ExperimentFileException {
        if (!root.isObject()) {
            throw new ExperimentFileException(source, "", "expected a JSON object at the top level, got "
                    + JsonValues.describe(root));
        }
        checkFormat(source, root.get("format"));
        int version = version(source, root.get("version"), migrations.currentVersion());
        ObjectNode document = migrations.toCurrent((ObjectNode) root, version, source);

        FieldReader top = FieldReader.of(source, "", document, FIELDS);
        String name = top.requiredString("name");
        long seed = top.requiredLong("seed");
        DatasetSpec dataset = DatasetReader.read(source, top.pathOf("dataset"), top.required("dataset"), seed);
        NetworkSpec network = NetworkReader.read(source, top.pathOf("network"), top.required("network"));
        TrainingSpec training = TrainingReader.read(source, top.pathOf("training"), top.required("training"));
        ExperimentSpec spec = top.build(Map.of(), () -> new ExperimentSpec(name, seed, dataset, network, training));
        return new ExperimentFile(spec, reserved(top, ReservedSections.HISTORY), reserved(top, ReservedSections.WEIGHTS));
    }

    private static void checkFormat(String source, JsonNode format) throws ExperimentFileException {
        if (format == null || format.isNull()) {
            throw new ExperimentFileException(source, "format",
                    "missing required field; a GradFlow experiment file has \"format\": \"" + FORMAT + "\"");
        }
        if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw new ExperimentFileException(source, "format", "not a GradFlow experiment file: expected \""
                    + FORMAT + "\", got " + JsonValues.describe(format));
        }
    }

    private static int version(String source, JsonNode node, int current) throws ExperimentFileException {
        if (node == null || node.isNull()) {
            throw new ExperimentFileException(source, "version", "missing required field");
        }
        int version = JsonValues.toInt(source, "version", node);
        if (version > current) {
            throw new ExperimentFileException(source, "version", "the file has version " + version
                    + ", but this GradFlow reads versions 1 to " + current + "; open it with a newer GradFlow");
        }
        if (version < 1) {
            throw new ExperimentFileException(source, "version", "must be at least 1, got " + version);
        }
        return version;
    }

    private static JsonNode reserved(FieldReader top, String section) throws ExperimentFileException {
        JsonNode node = top.optional(section);
        if (node == null) {
            return null;
        }
        ReservedSections.Problem problem = ReservedSections.check(node, top.pathOf(section));
        if (problem != null) {
            throw new ExperimentFileException(top.source(), problem.path(), problem.problem());
        }
        return node;
    }
}
