package org.gradflow.model;

/**
 * A dataset: a generator or a CSV file, the train/validation split and input standardisation.
 *
 * @param kind the source, not {@code null}
 * @param samples number of examples to generate (ignored for CSV), 2 to {@value #MAX_SAMPLES}
 * @param noise generator noise (standard deviation of added gaussian noise, in input units), at least 0
 * @param seed seed of the generator and of the split
 * @param classes classes for SPIRAL and BLOBS, 2 to {@value #MAX_CLASSES}
 * @param features input width for BLOBS and TEACHER, 1 to {@value LayerSpec#MAX_UNITS}
 * @param outputs target width for TEACHER, 1 to {@value LayerSpec#MAX_UNITS}
 * @param csvFile path of the CSV file (relative to the experiment file's folder); required for CSV, else {@code null}
 * @param targetColumn CSV column holding the target (a header name, or a 1-based column number); required for CSV
 * @param csvHeader whether the CSV file's first line is a header
 * @param csvClassification whether the CSV target is a class label (one-hot encoded) rather than a regression value
 * @param validationFraction share of examples held out for validation, in [0, 0.9]
 * @param standardize whether inputs are shifted and scaled to mean 0 and standard deviation 1 (training-set statistics)
 */
public record DatasetSpec(DatasetKind kind, int samples, double noise, long seed, int classes, int features,
                          int outputs, String csvFile, String targetColumn, boolean csvHeader,
                          boolean csvClassification, double validationFraction, boolean standardize) {
    public static final int MAX_SAMPLES = 10_000_000;
    public static final int MAX_CLASSES = 1_000;

    public DatasetSpec {
        Check.notNull("kind", kind);
        Check.intInRange("samples", samples, 2, MAX_SAMPLES);
        Check.nonNegative("noise", noise);
        Check.intInRange("classes", classes, 2, MAX_CLASSES);
        Check.intInRange("features", features, 1, LayerSpec.MAX_UNITS);
        Check.intInRange("outputs", outputs, 1, LayerSpec.MAX_UNITS);
        Check.finite("validationFraction", validationFraction);
        if (validationFraction < 0 || validationFraction > 0.9) {
            throw new InvalidSpecException("validationFraction", "must be between 0 and 0.9, got " + validationFraction);
        }
        if (kind == DatasetKind.CSV) {
            if (csvFile == null || csvFile.isBlank()) {
                throw new InvalidSpecException("csvFile", "is required for a CSV dataset");
            }
            if (targetColumn == null || targetColumn.isBlank()) {
                throw new InvalidSpecException("targetColumn", "is required for a CSV dataset");
            }
        }
    }

    /** A generated dataset with 2 classes, 2 features, 1 output, 20% validation, standardised inputs. */
    public static DatasetSpec generated(DatasetKind kind, int samples, double noise, long seed) {
        return new DatasetSpec(kind, samples, noise, seed, 2, 2, 1, null, null, false, true, 0.2, true);
    }

    /** @return input width, or -1 for CSV (known only after loading) */
    public int inputWidth() {
        return switch (kind) {
            case SPIRAL, MOONS, CIRCLES, XOR -> 2;
            case BLOBS, TEACHER -> features;
            case SINE -> 1;
            case CSV -> -1;
        };
    }

    /** @return target width, or -1 for CSV (known only after loading) */
    public int targetWidth() {
        return switch (kind) {
            case SPIRAL, BLOBS -> classes;
            case MOONS, CIRCLES, XOR -> 2;
            case SINE -> 1;
            case TEACHER -> outputs;
            case CSV -> -1;
        };
    }

    /** @return true when targets are one-hot classes */
    public boolean isClassification() {
        return kind == DatasetKind.CSV ? csvClassification : kind.isClassification();
    }

    public DatasetSpec withClasses(int c) {
        return new DatasetSpec(kind, samples, noise, seed, c, features, outputs, csvFile, targetColumn, csvHeader,
                csvClassification, validationFraction, standardize);
    }

    public DatasetSpec withFeatures(int f) {
        return new DatasetSpec(kind, samples, noise, seed, classes, f, outputs, csvFile, targetColumn, csvHeader,
                csvClassification, validationFraction, standardize);
    }

    public DatasetSpec withOutputs(int o) {
        return new DatasetSpec(kind, samples, noise, seed, classes, features, o, csvFile, targetColumn, csvHeader,
                csvClassification, validationFraction, standardize);
    }

    public DatasetSpec withValidationFraction(double v) {
        return new DatasetSpec(kind, samples, noise, seed, classes, features, outputs, csvFile, targetColumn, csvHeader,
                csvClassification, v, standardize);
    }

    public DatasetSpec withStandardize(boolean s) {
        return new DatasetSpec(kind, samples, noise, seed, classes, features, outputs, csvFile, targetColumn, csvHeader,
                csvClassification, validationFraction, s);
    }
}
