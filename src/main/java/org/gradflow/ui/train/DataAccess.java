package org.gradflow.ui.train;

import java.nio.file.Path;
import org.gradflow.model.DatasetSpec;
import org.gradflow.run.DataLoad;

/**
 * How the training session reads a run's dataset: whether a CSV file outside the experiment's folder may be read
 * (asking the user where the app does), and how a loading run reports progress and is cancelled. Called on the
 * JavaFX thread; the {@link DataLoad}'s callbacks run on the engine thread.
 */
public interface DataAccess {
    /** Refuses every CSV file outside the experiment's folder without asking; no progress, no cancellation. */
    DataAccess REFUSE_EXTERNAL = new DataAccess() {
        @Override
        public boolean confirm(DatasetSpec dataset, Path baseDir) {
            return true;
        }

        @Override
        public boolean allowed(DatasetSpec dataset, Path baseDir) {
            return false;
        }

        @Override
        public DataLoad loading(DatasetSpec dataset, Path baseDir) {
            return DataLoad.plain(false);
        }
    };

    /**
     * Called before a run that reads {@code dataset} starts; may ask the user.
     *
     * @param baseDir the experiment's folder, or {@code null} for an untitled experiment
     * @return whether the run may start (false: the user refused to read the file)
     */
    boolean confirm(DatasetSpec dataset, Path baseDir);

    /** @return whether {@code dataset} may be read without asking (for the data preview) */
    boolean allowed(DatasetSpec dataset, Path baseDir);

    /** @return how a run that starts now reads {@code dataset} (permission, progress, cancellation) */
    DataLoad loading(DatasetSpec dataset, Path baseDir);
}
