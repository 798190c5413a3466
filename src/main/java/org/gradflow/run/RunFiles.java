package org.gradflow.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.gradflow.data.DataException;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.engine.NetworkState;
import org.gradflow.io.ExperimentFile;
import org.gradflow.io.ExperimentFileException;
import org.gradflow.io.ExperimentFiles;
import org.gradflow.io.HistoryCodec;
import org.gradflow.io.WeightsCodec;

/**
 * Saving a run with its recorded History and weights, and reopening it: the reopened run shows the same History and
 * continues training from the saved weights and optimiser state.
 */
public final class RunFiles {
    private RunFiles() {
    }

    /**
     * @return the experiment file of a run: spec, History and weights (training thread, between steps)
     */
    public static ExperimentFile toFile(ExperimentRun run) {
        Objects.requireNonNull(run, "run");
        return new ExperimentFile(run.spec(), HistoryCodec.write(run.history()), WeightsCodec.write(run.trainer().snapshot()));
    }

    /** Saves a run atomically (the previous file stays intact if anything fails). */
    public static void save(ExperimentRun run, Path path) throws IOException {
        ExperimentFiles.save(toFile(run), path);
    }

    /**
     * @param file a loaded experiment file, not {@code null}
     * @param source the file's name, for messages
     * @return the file's recorded History, or {@code null} when it has none
     */
    public static History history(ExperimentFile file, String source) throws ExperimentFileException {
        return file.history() == null ? null : HistoryCodec.read(file.history(), source);
    }

    /**
     * Builds a run from a file: loads the dataset, restores the saved weights and History when present, so
     * training continues at the saved step.
     *
     * @param baseDir the experiment file's folder (for a CSV dataset's path); may be {@code null}
     * @param source the file's name, for messages
     * @throws ExperimentFileException when the saved History or weights are malformed or do not fit the network
     * @throws DataException when the dataset cannot be loaded
     */
    public static ExperimentRun resume(ExperimentFile file, Path baseDir, String source)
            throws ExperimentFileException, DataException {
        return resume(file, baseDir, source, false);
    }

    /** As {@link #resume(ExperimentFile, Path, String)}; {@code allowExternalData} lets a CSV path leave the folder. */
    public static ExperimentRun resume(ExperimentFile file, Path baseDir, String source, boolean allowExternalData)
            throws ExperimentFileException, DataException {
        return resume(file, baseDir, source, DataLoad.plain(allowExternalData));
    }

    /**
     * As {@link #resume(ExperimentFile, Path, String)}, reading the dataset as {@code load} says (permission for an
     * external CSV file, progress, cancellation).
     */
    public static ExperimentRun resume(ExperimentFile file, Path baseDir, String source, DataLoad load)
            throws ExperimentFileException, DataException {
        Objects.requireNonNull(file, "file");
        History history = history(file, source);
        ExperimentRun run = ExperimentRun.start(file.spec(), baseDir,
                history == null ? HistoryLimits.DEFAULT : history.limits(), history, load);
        try {
            restoreWeights(run, file, history, source);
        } catch (ExperimentFileException | RuntimeException e) {
            run.close();
            throw e;
        }
        return run;
    }

    private static void restoreWeights(ExperimentRun run, ExperimentFile file, History history, String source)
            throws ExperimentFileException {
        if (file.weights() != null) {
            NetworkState state = WeightsCodec.read(file.weights(), source);
            try {
                run.trainer().restore(state);
            } catch (IllegalArgumentException e) {
                throw new ExperimentFileException(source, "weights", e.getMessage(), e);
            }
            if (history != null && history.lastStep() != state.steps()) {
                throw new ExperimentFileException(source, "weights.steps", "the weights were saved at step "
                        + state.steps() + " but the history ends at step " + history.lastStep());
            }
        }
    }
}
