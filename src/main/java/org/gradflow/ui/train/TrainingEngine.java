package org.gradflow.ui.train;

import org.gradflow.engine.TrainingSettings;

/**
 * The commands the training controls send. Every method is called on the JavaFX application thread and returns at
 * once; the effects are reported to {@link RunListener}s. Commands that reach the trainer (pause, step, settings,
 * stop) are applied between two steps.
 */
public interface TrainingEngine {
    /**
     * Asks whatever must be asked before {@link #startNew()} or {@link #continueTraining()} (for example whether a data
     * file outside the experiment's folder may be read).
     *
     * @param resume whether the start continues the current run
     * @return whether to go on; false leaves everything as it is
     */
    default boolean confirmStart(boolean resume) {
        return true;
    }

    /** Prepares a fresh run of the current experiment and trains it. */
    void startNew();

    /** Trains on from the current run (stopped earlier, or loaded from a file). */
    void continueTraining();

    /** Stops stepping after the current step; the loop waits for commands. */
    void pause();

    /** Steps on after a pause. */
    void resume();

    /** Takes exactly one step while paused. */
    void step();

    /** Ends the training loop after the current step; the run can continue later. */
    void stop();

    /** Stops any loop and drops the run and its History. */
    void discard();

    /** @param settings applied from the next step on; not {@code null} */
    void changeSettings(TrainingSettings settings);
}
