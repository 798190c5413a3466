package org.gradflow.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.gradflow.model.DatasetSpec;

/**
 * Reads a CSV file of numbers line by line (never the whole file at once) into {@link RawData}.
 * <ul>
 * <li>Comma-separated, UTF-8 (a byte order mark is skipped), cells trimmed, cells may be in double quotes;
 *     blank lines are skipped.</li>
 * <li>An optional header line names the columns; without one they are called {@code column 1},
 *     {@code column 2}, ...</li>
 * <li>The target column is given by header name or by 1-based number (see {@link CsvTarget}); every other
 *     column is an input and must hold finite numbers within the float range.</li>
 * <li>Classification: the target cells are class labels (any text); the classes are the distinct labels,
 *     sorted (numerically when all are numbers), one-hot encoded; at least 2 and at most
 *     {@value DatasetSpec#MAX_CLASSES} classes. Regression: the target is one number per row.</li>
 * </ul>
 * Every problem is a {@link DataException} naming the file, line and column. Instances are immutable and can
 * be shared between threads; each {@code load} call is independent.
 */
public final class CsvLoader {
    /** Lines between two cancellation checks and progress reports. */
    static final int CHECK_EVERY = 1024;

    private final String targetColumn;
    private final boolean header;
    private final boolean classification;

    /**
     * @param targetColumn header name or 1-based column number of the target, not {@code null}
     * @param header whether the first non-blank line is a header
     * @param classification whether the target holds class labels (else regression values)
     */
    public CsvLoader(String targetColumn, boolean header, boolean classification) {
        this.targetColumn = Objects.requireNonNull(targetColumn, "targetColumn");
        this.header = header;
        this.classification = classification;
    }

    /**
     * @param spec a CSV dataset spec, not {@code null}
     * @return a loader with the spec's target column, header and classification settings
     */
    public static CsvLoader of(DatasetSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new CsvLoader(Objects.requireNonNull(spec.targetColumn(), "spec.targetColumn"), spec.csvHeader(),
                spec.csvClassification());
    }

    /**
     * Loads without progress reports or cancellation.
     *
     * @see #load(Path, DoubleConsumer, BooleanSupplier)
     */
    public RawData load(Path file) throws DataException {
        return load(file, fraction -> { }, () -> false);
    }

    /**
     * @param file the CSV file, not {@code null}
     * @param progress receives the fraction of the file's bytes read so far, 0 to 1, now and then on the
     *                 calling thread, and 1.0 when the whole file has been read; not {@code null}
     * @param cancelled asked now and then on the calling thread; when it returns true loading stops; not
     *                  {@code null}
     * @return the rows in file order, never {@code null}
     * @throws LoadCancelledException when {@code cancelled} said so
     * @throws DataException when the file cannot be read or its content is not usable
     */
    public RawData load(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws DataException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        return new Pass(file, progress, cancelled).run();
    }

    /**
     * Loads from a stream, for data that is not a file (or is produced while it is read); the same rules, progress
     * and cancellation as {@link #load(Path, DoubleConsumer, BooleanSupplier)}. The stream is read once, in chunks,
     * and closed before this method returns.
     *
     * @param in the CSV bytes (UTF-8), not {@code null}
     * @param size the number of bytes {@code in} holds, at least 0; progress is bytes read divided by it
     * @param name the name used in messages (a file name or path), not {@code null}
     * @param progress receives the fraction read so far, 0 to 1, and 1.0 at the end; not {@code null}
     * @param cancelled asked now and then; when it returns true loading stops; not {@code null}
     * @return the rows in stream order, never {@code null}
     * @throws LoadCancelledException when {@code cancelled} said so
     * @throws DataException when the stream cannot be read or its content is not usable
     */
    public RawData load(InputStream in, long size, Path name, DoubleConsumer progress, BooleanSupplier cancelled)
            throws DataException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
        return new Pass(name, progress, cancelled).run(in, size);
    }

    /** The state of one load. */
    private final class Pass {
        private final Path file;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private final GrowableArrays.Doubles inputs = new GrowableArrays.Doubles();
        private final GrowableArrays.Doubles targets = new GrowableArrays.Doubles();
        private final GrowableArrays.Ints labelIds = new GrowableArrays.Ints();
        private final ClassLabels labels = new ClassLabels();
        private long size;
        private double reported = -1;
        private List<String> names;
        private int namesLine;
        private int target;
        private int rows;

        Pass(Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.file = file;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        RawData run() throws DataException {
            try {
                if (Files.isDirectory(file)) {
                    throw problem("is a folder, not a file", 0, 0);
                }
                long bytes = Files.size(file);
                return run(Files.newInputStream(file), bytes);
            } catch (IOException e) {
                throw new DataException("cannot be read: " + describe(e, file), file, 0, 0, null, e);
            }
        }

        RawData run(InputStream in, long bytes) throws DataException {
            size = bytes;
            try {
                if (size == 0) {
                    in.close();
                    throw problem("is empty", 0, 0);
                }
                read(in);
            } catch (IOException e) {
                throw new DataException("cannot be read: " + describe(e, file), file, 0, 0, null, e);
            }
            RawData data = finish();
            progress.accept(1.0);
            return data;
        }

        private void read(InputStream in) throws IOException, DataException {
            try (CountingInputStream counting = new CountingInputStream(in);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(counting,
                         StandardCharsets.UTF_8))) {
                int lineNo = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNo++;
                    if (lineNo % CHECK_EVERY == 1) {
                        if (cancelled.getAsBoolean()) {
                            throw new LoadCancelledException(file, lineNo);
                        }
                        report(Math.min(1.0, (double) counting.count() / size));
                    }
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> cells = split(line, lineNo);
                    if (names == null) {
                        start(cells, lineNo);
                        if (header) {
                            continue;
                        }
                    }
                    row(cells, lineNo);
                }
            }
        }

        private void report(double fraction) {
            if (fraction - reported >= 0.01) {
                reported = fraction;
                progress.accept(fraction);
            }
        }

        private List<String> split(String line, int lineNo) throws DataException {
            try {
                return CsvCells.split(line);
            } catch (CsvCells.MalformedLineException e) {
                throw problem(e.getMessage(), lineNo, e.cell);
            }
        }

        /** Takes the column names from the first non-blank line and finds the target column. */
        private void start(List<String> cells, int lineNo) throws DataException {
            List<String> found = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                found.add(header && !cells.get(c).isEmpty() ? cells.get(c) : "column " + (c + 1));
            }
            names = List.copyOf(found);
            namesLine = lineNo;
            if (names.size() < 2) {
                throw problem("has only one column; it needs at least one input column besides the target",
                        lineNo, 0);
            }
            target = CsvTarget.resolve(targetColumn, names, header, file, lineNo);
        }

        private void row(List<String> cells, int lineNo) throws DataException {
            if (cells.size() != names.size()) {
                throw problem("expected " + names.size() + " cells (as on line " + namesLine + "), found "
                        + cells.size(), lineNo, 0);
            }
            if (rows >= DatasetSpec.MAX_SAMPLES) {
                throw problem("has more than " + DatasetSpec.MAX_SAMPLES + " data rows, the most GradFlow loads",
                        lineNo, 0);
            }
            if ((long) (rows + 1) * (names.size() - 1) > GrowableArrays.MAX_LENGTH) {
                throw problem("has more values than fit in one array (" + GrowableArrays.MAX_LENGTH + ")",
                        lineNo, 0);
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (c != target) {
                    inputs.add(number(cell, lineNo, c));
                } else if (!classification) {
                    targets.add(number(cell, lineNo, c));
                } else {
                    labelIds.add(label(cell, lineNo, c));
                }
            }
            rows++;
        }

        private double number(String cell, int lineNo, int c) throws DataException {
            if (cell.isEmpty()) {
                throw problem("cell is empty; missing values are not supported, remove or fill those rows",
                        lineNo, c + 1);
            }
            double value;
            try {
                value = CsvNumbers.parse(cell);
            } catch (NumberFormatException e) {
                throw new DataException("cell " + Text.quote(cell) + " is not a number" + hint(cell), file, lineNo,
                        c + 1, columnName(c), e);
            }
            String wrong = CsvNumbers.problem(value);
            if (wrong != null) {
                throw problem("cell " + Text.quote(cell) + " " + wrong, lineNo, c + 1);
            }
            return value;
        }

        private String hint(String cell) {
            if (cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0) {
                return " (cells must be separated by commas)";
            }
            if (cell.indexOf('\uFFFD') >= 0) {
                return " (the file may not be UTF-8 text)";
            }
            return "";
        }

        private int label(String cell, int lineNo, int c) throws DataException {
            if (cell.isEmpty()) {
                throw problem("class label is empty", lineNo, c + 1);
            }
            int id = labels.add(cell);
            if (labels.size() > DatasetSpec.MAX_CLASSES) {
                throw problem("the target column has more than " + DatasetSpec.MAX_CLASSES
                        + " distinct class labels; is it a regression target?", lineNo, c + 1);
            }
            return id;
        }

        private RawData finish() throws DataException {
            if (names == null) {
                throw problem("holds only blank lines, no data", 0, 0);
            }
            if (rows == 0) {
                throw problem("has a header line but no data rows", 0, 0);
            }
            List<String> inputNames = new ArrayList<>(names);
            inputNames.remove(target);
            if (!classification) {
                return new RawData(rows, inputs.toArray(), targets.toArray(), false, inputNames,
                        List.of(names.get(target)));
            }
            ClassLabels.Ordering ordering = labels.order();
            if (ordering.names().size() < 2) {
                throw problem("the target column holds only one class, " + Text.quote(ordering.names().get(0))
                        + "; classification needs at least 2 (or load the target as regression)", 0, target + 1);
            }
            if ((long) rows * ordering.names().size() > GrowableArrays.MAX_LENGTH) {
                throw problem(rows + " rows x " + ordering.names().size() + " classes are more one-hot values than"
                        + " fit in one array", 0, target + 1);
            }
            int[] classes = labelIds.toArray();
            for (int r = 0; r < classes.length; r++) {
                classes[r] = ordering.classOfLabel()[classes[r]];
            }
            return RawData.ofClasses(inputs.toArray(), classes, inputNames, ordering.names());
        }

        private String columnName(int c) {
            return header ? names.get(c) : null;
        }

        private DataException problem(String problem, int lineNo, int column) {
            return new DataException(problem, file, lineNo, column, column > 0 ? columnName(column - 1) : null,
                    null);
        }
    }

    private static String describe(IOException e, Path file) {
        if (e instanceof NoSuchFileException) {
            return "no such file (" + file.toAbsolutePath() + ")";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
