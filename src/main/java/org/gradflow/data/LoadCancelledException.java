package org.gradflow.data;

import java.nio.file.Path;

/** Loading was stopped because the caller's cancellation check said so. Not an error in the data. */
public final class LoadCancelledException extends DataException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the file being read, or {@code null}
     * @param line the 1-based line at which loading stopped, or 0 before the first line
     */
    public LoadCancelledException(Path file, int line) {
        super("loading was cancelled", file, line, 0, null, null);
    }
}
