package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;

/** Reads the {@code "dataset"} section into a {@link DatasetSpec}. See docs/experiment-format.md for the fields. */
final class DatasetReader {
    static final List<String> FIELDS = List.of("kind", "seed", "samples", "noise", "classes", "features", "outputs",
            "csv", "validationFraction", "standardize");
    static final List<String> CSV_FIELDS = List.of("file", "targetColumn", "header", "classification");

    static final int DEFAULT_SAMPLES = 1000;
    static final double DEFAULT_NOISE = 0.1;
    static final int DEFAULT_CLASSES = 2;
    static final int DEFAULT_FEATURES = 2;
    static final int DEFAULT_OUTPUTS = 1;
    static final double DEFAULT_VALIDATION_FRACTION = 0.2;
    static final boolean DEFAULT_STANDARDIZE = true;
    static final boolean DEFAULT_CSV_HEADER = false;
    static final boolean DEFAULT_CSV_CLASSIFICATION = true;

    private static final Map<String, String> RENAMES = Map.of("csvFile", "csv.file", "targetColumn", "csv.targetColumn",
            "csvHeader", "csv.header", "csvClassification", "csv.classification");

    private DatasetReader() {
    }

    /**
     * @param path JSON path of the section
     * @param experimentSeed the top-level seed, the default of {@code dataset.seed}
     */
    static DatasetSpec read(String source, String path, JsonNode node, long experimentSeed) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, FIELDS);
        DatasetKind kind = f.requiredEnum("kind", DatasetKind.class, "dataset kind");
        int samples = f.optionalInt("samples", DEFAULT_SAMPLES);
        double noise = f.optionalDouble("noise", DEFAULT_NOISE);
        long seed = f.optionalLong("seed", experimentSeed);
        int classes = f.optionalInt("classes", DEFAULT_CLASSES);
        int features = f.optionalInt("features", DEFAULT_FEATURES);
        int outputs = f.optionalInt("outputs", DEFAULT_OUTPUTS);
        JsonNode csvNode = f.optional("csv");
        if (csvNode == null && kind == DatasetKind.CSV) {
            throw new ExperimentFileException(source, f.pathOf("csv"),
                    "missing required field (a csv dataset needs its file and target column)");
        }
        String csvFile = null;
        String targetColumn = null;
        boolean header = DEFAULT_CSV_HEADER;
        boolean classification = DEFAULT_CSV_CLASSIFICATION;
        if (csvNode != null) {
            FieldReader csv = FieldReader.of(source, f.pathOf("csv"), csvNode, CSV_FIELDS);
            csvFile = csv.optionalString("file", null);
            targetColumn = targetColumn(csv);
            header = csv.optionalBoolean("header", DEFAULT_CSV_HEADER);
            classification = csv.optionalBoolean("classification", DEFAULT_CSV_CLASSIFICATION);
        }
        double validationFraction = f.optionalDouble("validationFraction", DEFAULT_VALIDATION_FRACTION);
        boolean standardize = f.optionalBoolean("standardize", DEFAULT_STANDARDIZE);
        String file = csvFile;
        String target = targetColumn;
        boolean hasHeader = header;
        boolean isClassification = classification;
        return f.build(RENAMES, () -> new DatasetSpec(kind, samples, noise, seed, classes, features, outputs, file,
                target, hasHeader, isClassification, validationFraction, standardize));
    }

    /** The target column is a header name (string) or a 1-based column number (integer, kept as its decimal text). */
    private static String targetColumn(FieldReader csv) throws ExperimentFileException {
        JsonNode v = csv.optional("targetColumn");
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return Long.toString(JsonValues.toLong(csv.source(), csv.pathOf("targetColumn"), v));
        }
        if (!v.isTextual()) {
            throw new ExperimentFileException(csv.source(), csv.pathOf("targetColumn"),
                    "expected a column name (a string) or a column number, got " + JsonValues.describe(v));
        }
        return v.textValue();
    }
}
