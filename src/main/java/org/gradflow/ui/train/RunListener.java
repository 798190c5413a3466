package org.gradflow.ui.train;

import java.util.List;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;

/**
 * Receives what happens to a run. Every method is called on the JavaFX application thread; steps arrive in batches,
 * at most one batch per frame. All methods do nothing by default.
 */
public interface RunListener {
    /** A run was prepared (or resumed, or shown from a file); earlier runs are gone. */
    default void runStarted(RunInfo info) {
    }

    /** @param steps the steps recorded since the last batch, in order, never empty */
    default void stepsArrived(List<StepStats> steps) {
    }

    /** Changed settings took effect at {@code step}. */
    default void settingsApplied(long step, TrainingSettings before, TrainingSettings after) {
    }

    /** The training loop ended; the run and its History are kept. */
    default void runEnded(RunEnd end) {
    }

    /** The run could not be prepared or a step threw; {@code message} is plain words, not a stack trace. */
    default void runFailed(String message) {
    }

    /** The recorded run was dropped (Reset, New, Open). */
    default void runCleared() {
    }

    /** The training examples to plot, sent once per prepared run. */
    default void previewReady(DataPreview preview) {
    }

    /** The network's current predictions over the input plane, sent every few steps. */
    default void boundaryReady(BoundaryGrid grid) {
    }

    /** ND4J finished initialising; {@code description} names the backend and its threads. */
    default void engineReady(String description) {
    }
}
