package org.gradflow.data;

import java.nio.file.Path;

/**
 * A dataset could not be generated or loaded. The message is meant for the user: it names the file, the
 * 1-based line and the column (number and name) where these apply, and says what is wrong, for example
 * {@code data.csv, line 7, column 3 ("age"): cell "abc" is not a number}.
 */
public class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String columnName;
    private final String problem;

    /**
     * A problem without a place in a file.
     *
     * @param problem what is wrong, in plain words, not {@code null}
     */
    public DataException(String problem) {
        this(problem, null, 0, 0, null, null);
    }

    /**
     * @param problem what is wrong, in plain words, without the place, not {@code null}
     * @param file the file, or {@code null} when the problem is not about a file
     * @param line the 1-based line, or 0 when the problem is not about one line
     * @param column the 1-based column, or 0 when the problem is not about one column
     * @param columnName the column's header name, or {@code null} when there is no header or no column
     * @param cause the underlying exception, or {@code null}
     */
    public DataException(String problem, Path file, int line, int column, String columnName, Throwable cause) {
        super(place(file, line, column, columnName) + java.util.Objects.requireNonNull(problem, "problem"), cause);
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ", " + column);
        }
        this.problem = problem;
        this.file = file;
        this.line = line;
        this.column = column;
        this.columnName = columnName;
    }

    private static String place(Path file, int line, int column, String columnName) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            Path name = file.getFileName();
            b.append(name == null ? file : name);
        }
        if (line > 0) {
            b.append(b.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (column > 0) {
            b.append(b.length() > 0 ? ", " : "").append("column ").append(column);
            if (columnName != null) {
                b.append(" (").append(Text.quote(columnName)).append(')');
            }
        }
        return b.length() == 0 ? "" : b.append(": ").toString();
    }

    /** @return the file, or {@code null} when the problem is not about a file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line number, or 0 when the problem is not about one line */
    public int line() {
        return line;
    }

    /** @return the 1-based column number, or 0 when the problem is not about one column */
    public int column() {
        return column;
    }

    /** @return the column's header name, or {@code null} when unknown or not about a column */
    public String columnName() {
        return columnName;
    }

    /** @return the problem without the place, never {@code null} */
    public String problem() {
        return problem;
    }
}
