package org.gradflow.io;

import java.util.Objects;

/**
 * The one exception that loading or reading an experiment file throws. Its message has the shape
 * {@code <source>: <json path>: <problem>}, for example
 * {@code runs/deep.json: network.layers[3].units: must be between 1 and 65536, got 0}; when the problem concerns
 * the whole document (an empty file, a file that cannot be read) the path is empty and left out of the message.
 * Parts of the file's content appear in the message only as short escaped excerpts (at most 60 characters), and a
 * path deeper than {@value #MAX_PATH_IN_MESSAGE} characters is shown by its start and end.
 */
public final class ExperimentFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final String problem;

    /**
     * @param source the file name or other name of the input, not {@code null}
     * @param path the JSON path of the offending value, e.g. {@code network.layers[3].units}; empty for the whole
     *        document; not {@code null}
     * @param problem what is wrong, in plain words, not {@code null}
     */
    public ExperimentFileException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    /**
     * @param source the file name or other name of the input, not {@code null}
     * @param path the JSON path of the offending value; empty for the whole document; not {@code null}
     * @param problem what is wrong, in plain words, not {@code null}
     * @param cause the underlying exception, or {@code null}
     */
    public ExperimentFileException(String source, String path, String problem, Throwable cause) {
        super(message(source, path, problem), cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    private static String message(String source, String path, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        return path.isEmpty() ? source + ": " + problem : source + ": " + shortened(path) + ": " + problem;
    }

    /** The longest path shown in a message; a deeper path keeps its start and end around "...". */
    static final int MAX_PATH_IN_MESSAGE = 200;

    /** @return {@code path} as the message shows it: whole up to {@value #MAX_PATH_IN_MESSAGE} characters */
    public static String shortened(String path) {
        if (path.length() <= MAX_PATH_IN_MESSAGE) {
            return path;
        }
        int keep = (MAX_PATH_IN_MESSAGE - 5) / 2;
        return path.substring(0, keep) + " ... " + path.substring(path.length() - keep);
    }

    /** @return the file name or other name of the input, never {@code null} */
    public String source() {
        return source;
    }

    /** @return the JSON path of the offending value, empty when the problem concerns the whole document; never {@code null} */
    public String path() {
        return path;
    }

    /** @return the problem without source and path, never {@code null} */
    public String problem() {
        return problem;
    }
}
