package org.gradflow.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns a {@link DatasetSpec} into a {@link Dataset}: generate or read the rows, shuffle them with the spec's
 * seed, hold out the last {@code validationFraction} of them for validation (see
 * {@link Split#validationRows}), standardise the inputs with the training rows' statistics when asked, and
 * build float arrays.
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Loads without progress reports or cancellation.
     *
     * @see #load(DatasetSpec, Path, DoubleConsumer, BooleanSupplier)
     */
    public static Dataset load(DatasetSpec spec, Path baseDir) throws DataException {
        return load(spec, baseDir, fraction -> { }, () -> false);
    }

    /**
     * @param spec the dataset spec, not {@code null}
     * @param baseDir the folder a relative CSV path is resolved against (the experiment file's folder);
     *                may be {@code null} for generated data, required for CSV
     * @param progress receives the fraction of a CSV file read so far, 0 to 1, on the calling thread, and 1.0
     *                 when the rows are read or generated; not {@code null}
     * @param cancelled asked before generating and now and then while reading a CSV file; true stops loading;
     *                  not {@code null}
     * @return the dataset, never {@code null}
     * @throws LoadCancelledException when {@code cancelled} said so
     * @throws DataException when the data cannot be generated or read; the message is for the user
     */
    public static Dataset load(DatasetSpec spec, Path baseDir, DoubleConsumer progress, BooleanSupplier cancelled)
            throws DataException {
        return load(spec, baseDir, progress, cancelled, false);
    }

    /**
     * As {@link #load(DatasetSpec, Path, DoubleConsumer, BooleanSupplier)}; {@code allowExternal} permits a CSV path
     * that leaves the experiment's folder (absolute, or through {@code ..}), which is refused otherwise so that an
     * experiment file received from someone else cannot read arbitrary files.
     */
    public static Dataset load(DatasetSpec spec, Path baseDir, DoubleConsumer progress, BooleanSupplier cancelled,
                               boolean allowExternal) throws DataException {
        return build(raw(spec, baseDir, progress, cancelled, allowExternal), spec);
    }

    /**
     * Generates or reads the rows, in generation or file order, not shuffled, split or standardised.
     *
     * @see #load(DatasetSpec, Path, DoubleConsumer, BooleanSupplier) for the parameters
     */
    public static RawData raw(DatasetSpec spec, Path baseDir, DoubleConsumer progress, BooleanSupplier cancelled)
            throws DataException {
        return raw(spec, baseDir, progress, cancelled, false);
    }

    /** As {@link #raw(DatasetSpec, Path, DoubleConsumer, BooleanSupplier)}, with the external-path permission. */
    public static RawData raw(DatasetSpec spec, Path baseDir, DoubleConsumer progress, BooleanSupplier cancelled,
                              boolean allowExternal) throws DataException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (spec.kind() == DatasetKind.CSV) {
            Objects.requireNonNull(baseDir, "baseDir (required for a CSV dataset)");
            return CsvLoader.of(spec).load(resolveCsvPath(spec.csvFile(), baseDir, allowExternal), progress, cancelled);
        }
        checkSize(spec, Runtime.getRuntime().maxMemory());
        if (cancelled.getAsBoolean()) {
            throw new LoadCancelledException(null, 0);
        }
        RawData data = generator(spec.kind()).generate(spec);
        progress.accept(1.0);
        return data;
    }

    /**
     * Refuses generated datasets whose arrays could not be allocated: more values than one Java array holds, or
     * more bytes (8 per value, inputs plus targets) than {@code maxHeapBytes}.
     *
     * @param spec a generated dataset spec, not {@code null}
     * @param maxHeapBytes the most heap Java may use, in bytes
     */
    static void checkSize(DatasetSpec spec, long maxHeapBytes) throws DataException {
        long widest = Math.max(spec.inputWidth(), spec.targetWidth());
        if (spec.samples() * widest > GrowableArrays.MAX_LENGTH) {
            throw new DataException(spec.samples() + " samples x " + widest + " values per row are more than fit"
                    + " in one array (" + GrowableArrays.MAX_LENGTH + "); use fewer samples or features");
        }
        long bytes = spec.samples() * (long) (spec.inputWidth() + spec.targetWidth()) * Double.BYTES;
        if (bytes > maxHeapBytes) {
            throw new DataException(String.format(java.util.Locale.ROOT,
                    "%d samples x %d values per row need about %.1f GB of memory, more than the %.1f GB Java may"
                            + " use; use fewer samples or features", spec.samples(),
                    spec.inputWidth() + spec.targetWidth(), bytes / 1e9, maxHeapBytes / 1e9));
        }
    }

    /**
     * @param kind a generated kind, not {@code null} and not {@link DatasetKind#CSV}
     * @return the generator for {@code kind}, never {@code null}
     */
    public static Generator generator(DatasetKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SPIRAL -> new SpiralGenerator();
            case MOONS -> new MoonsGenerator();
            case CIRCLES -> new CirclesGenerator();
            case XOR -> new XorGenerator();
            case BLOBS -> new BlobsGenerator();
            case SINE -> new SineGenerator();
            case TEACHER -> new TeacherGenerator();
            case CSV -> throw new IllegalArgumentException("CSV data is loaded by CsvLoader, not generated");
        };
    }

    /**
     * Where a CSV file named in an experiment lies. The one place paths are resolved, so that a rule such as
     * "stay inside the experiment's folder" can be added here.
     *
     * @param csvFile the path as written in the spec (relative to {@code baseDir}, or absolute), not
     *                {@code null}
     * @param baseDir the experiment file's folder, not {@code null}
     * @return the normalised path of the file
     * @throws DataException when {@code csvFile} is not a valid path
     */
    public static Path resolveCsvPath(String csvFile, Path baseDir) throws DataException {
        return resolveCsvPath(csvFile, baseDir, true);
    }

    /**
     * Resolves a CSV path against the experiment's folder.
     *
     * @param allowExternal whether the path may leave {@code baseDir}
     * @throws DataException when the path is invalid, or leaves the folder and {@code allowExternal} is false
     */
    public static Path resolveCsvPath(String csvFile, Path baseDir, boolean allowExternal) throws DataException {
        Objects.requireNonNull(csvFile, "csvFile");
        Objects.requireNonNull(baseDir, "baseDir");
        Path resolved;
        try {
            resolved = baseDir.resolve(csvFile).normalize();
        } catch (InvalidPathException e) {
            throw new DataException("the CSV file name " + Text.quote(csvFile) + " is not a valid path: "
                    + e.getReason(), null, 0, 0, null, e);
        }
        if (!allowExternal && leavesFolder(csvFile, baseDir)) {
            throw new DataException("the CSV file " + Text.quote(csvFile) + " lies outside the experiment's folder; "
                    + "GradFlow reads data files beside the experiment file unless you allow other places (in the app "
                    + "when asked; on the command line with --allow-external-data)", null, 0, 0, null, null);
        }
        return resolved;
    }

    /**
     * @param csvFile a CSV path as written in a spec, not {@code null}
     * @param baseDir the experiment file's folder, not {@code null}
     * @return whether the path leaves {@code baseDir}: absolute, or through {@code ..} (an invalid path counts as
     *         leaving)
     */
    public static boolean leavesFolder(String csvFile, Path baseDir) {
        Objects.requireNonNull(csvFile, "csvFile");
        Objects.requireNonNull(baseDir, "baseDir");
        try {
            Path base = baseDir.toAbsolutePath().normalize();
            return Path.of(csvFile).isAbsolute() || !base.resolve(csvFile).normalize().startsWith(base);
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * Shuffles, splits, standardises and builds the arrays.
     *
     * @param raw the rows, not {@code null}
     * @param spec supplies {@code seed}, {@code validationFraction} and {@code standardize}, not {@code null}
     */
    static Dataset build(RawData raw, DatasetSpec spec) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(spec, "spec");
        int rows = raw.rows();
        int[] order = Split.shuffledOrder(rows, spec.seed());
        int validation = Split.validationRows(rows, spec.validationFraction());
        int train = rows - validation;
        int[] trainRows = java.util.Arrays.copyOfRange(order, 0, train);
        int[] validationRows = java.util.Arrays.copyOfRange(order, train, rows);
        Standardization standardization = spec.standardize()
                ? Standardization.fit(raw.inputArray(), raw.inputWidth(), trainRows)
                : Standardization.identity(raw.inputWidth());
        INDArray trainInputs = matrix(gather(raw.inputArray(), raw.inputWidth(), trainRows, standardization),
                train, raw.inputWidth());
        INDArray trainTargets = matrix(gather(raw.targetArray(), raw.targetWidth(), trainRows, null), train,
                raw.targetWidth());
        INDArray validationInputs = null;
        INDArray validationTargets = null;
        if (validation > 0) {
            validationInputs = matrix(gather(raw.inputArray(), raw.inputWidth(), validationRows, standardization),
                    validation, raw.inputWidth());
            validationTargets = matrix(gather(raw.targetArray(), raw.targetWidth(), validationRows, null),
                    validation, raw.targetWidth());
        }
        return new Dataset(trainInputs, trainTargets, validationInputs, validationTargets, raw.classification(),
                raw.inputNames(), raw.targetNames(), standardization);
    }

    /**
     * @param values row-major source values, {@code width} per row, not {@code null}
     * @param width values per row
     * @param rows the source rows to take, in order, not {@code null}
     * @param standardization applied to each value, or {@code null} to copy values unchanged
     * @return the selected rows as floats, row-major
     */
    static float[] gather(double[] values, int width, int[] rows, Standardization standardization) {
        float[] out = new float[Math.multiplyExact(rows.length, width)];
        for (int i = 0; i < rows.length; i++) {
            int from = rows[i] * width;
            int to = i * width;
            for (int c = 0; c < width; c++) {
                double v = values[from + c];
                out[to + c] = (float) (standardization == null ? v : standardization.apply(c, v));
            }
        }
        return out;
    }

    private static INDArray matrix(float[] values, int rows, int columns) {
        INDArray a = Nd4j.create(values, new long[] {rows, columns}, 'c');
        if (a.dataType() != DataType.FLOAT) {
            throw new IllegalStateException("ND4J made a " + a.dataType() + " array from floats");
        }
        return a;
    }
}
