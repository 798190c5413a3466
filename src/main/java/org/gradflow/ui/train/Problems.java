package org.gradflow.ui.train;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.gradflow.data.DataException;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.model.InvalidSpecException;

/** Turns exceptions into plain words for dialogs and the status bar; unexpected ones are also logged in full. */
public final class Problems {
    private Problems() {
    }

    /**
     * @param e what went wrong, not {@code null}
     * @return a message naming the problem (for files: the file, the JSON path and the problem), never a stack trace
     */
    public static String describe(Throwable e) {
        Throwable t = unwrap(e);
        if (t instanceof ExperimentFileException || t instanceof DataException) {
            return t.getMessage();
        }
        if (t instanceof InvalidSpecException s) {
            return "The experiment is not valid: " + s.getMessage();
        }
        if (t instanceof java.io.IOException) {
            return "A file could not be read or written: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "Out of memory: try a smaller network, batch size or dataset.";
        }
        System.err.println("GradFlow: unexpected error");
        t.printStackTrace();
        return "Unexpected error: " + t + " (details on the console)";
    }

    /** @return the cause of wrapper exceptions from futures and executors */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
