package org.gradflow.ui.train;

import java.util.Objects;
import org.gradflow.diagnostics.History;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ExperimentSpec;

/**
 * What the views need to know about a run once it is prepared (or loaded from a file).
 *
 * @param spec the run's experiment, not {@code null}
 * @param history the run's History (thread-safe reads; the training thread records into it), not {@code null}
 * @param settings the settings the next step will use, not {@code null}
 * @param live whether a trainer is attached (false for a run shown from a file before it is resumed)
 */
public record RunInfo(ExperimentSpec spec, History history, TrainingSettings settings, boolean live) {
    public RunInfo {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(settings, "settings");
    }

    /** @return the spec's total number of steps */
    public long totalSteps() {
        return spec.training().steps();
    }
}
