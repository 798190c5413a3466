package org.gradflow.ui.files;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.gradflow.data.Datasets;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.run.DataLoad;
import org.gradflow.ui.train.DataAccess;
import org.gradflow.ui.train.RunEnd;
import org.gradflow.ui.train.RunInfo;
import org.gradflow.ui.train.RunListener;

/**
 * The app's {@link DataAccess}: a CSV path that came with an opened (or restored) file and leaves that file's folder
 * (absolute, or through {@code ..}) is read only after the user allowed it in a dialog naming the path; the answer
 * holds until another document is opened. A path the user typed or picked in the editor is theirs and is read
 * without asking. Reading a CSV file for a run shows its progress with a Cancel button ({@link DataLoadProgress}).
 * JavaFX thread only.
 */
public final class DataPermissions implements DataAccess, RunListener {
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Set<Path> allowed = new HashSet<>();
    private String fromFile;
    private DataLoadProgress progress;

    /**
     * @param dialogs asks the question, not {@code null}
     * @param owner the main window for the progress window (may supply {@code null}), not {@code null}
     */
    public DataPermissions(Dialogs dialogs, Supplier<Window> owner) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /**
     * A document was opened (or restored, or a new one started): its CSV path needs asking again if it leaves its
     * folder; earlier answers no longer hold.
     *
     * @param dataset the document's dataset, or {@code null} for a new experiment
     */
    public void documentLoaded(DatasetSpec dataset) {
        allowed.clear();
        fromFile = dataset == null || dataset.kind() != DatasetKind.CSV ? null : dataset.csvFile();
    }

    @Override
    public boolean confirm(DatasetSpec dataset, Path baseDir) {
        if (!mustAsk(dataset, baseDir)) {
            return true;
        }
        Path file = resolve(dataset, baseDir);
        if (!dialogs.confirmExternalData(dataset.csvFile(), file, baseDir.toAbsolutePath().normalize())) {
            return false;
        }
        allowed.add(file);
        return true;
    }

    @Override
    public boolean allowed(DatasetSpec dataset, Path baseDir) {
        return !mustAsk(dataset, baseDir);
    }

    @Override
    public DataLoad loading(DatasetSpec dataset, Path baseDir) {
        boolean external = allowed(dataset, baseDir);
        if (dataset.kind() != DatasetKind.CSV || baseDir == null) {
            return DataLoad.plain(external);
        }
        closeProgress();
        progress = new DataLoadProgress(owner, baseDir.resolve(dataset.csvFile()));
        return progress.load(external);
    }

    /** @return the progress window of the CSV file being read for a run, or {@code null} */
    public DataLoadProgress progress() {
        return progress;
    }

    private boolean mustAsk(DatasetSpec dataset, Path baseDir) {
        if (dataset.kind() != DatasetKind.CSV || baseDir == null || dataset.csvFile() == null
                || !dataset.csvFile().equals(fromFile) || !Datasets.leavesFolder(dataset.csvFile(), baseDir)) {
            return false;
        }
        Path file = resolve(dataset, baseDir);
        // An invalid path is not asked about: reading it fails with a message naming the problem.
        return file != null && !allowed.contains(file);
    }

    /** @return the CSV file's absolute path, or {@code null} when the spec's path is not a valid path */
    private static Path resolve(DatasetSpec dataset, Path baseDir) {
        try {
            return baseDir.resolve(dataset.csvFile()).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    // ---- the run's data was read (or not): the progress window goes ------------------------------------------

    @Override
    public void runStarted(RunInfo info) {
        if (info.live()) {
            closeProgress();
        }
    }

    @Override
    public void runFailed(String message) {
        closeProgress();
    }

    @Override
    public void runEnded(RunEnd end) {
        closeProgress();
    }

    @Override
    public void runCleared() {
        closeProgress();
    }
}
