package org.gradflow.ui.train;

/** The states of the training controls; see {@link TrainingViewModel} for the transitions. */
public enum TrainingState {
    /** No recorded run: the experiment can be edited and trained. */
    IDLE,
    /** The trainer steps on its background thread (or is preparing the run). */
    RUNNING,
    /** The trainer waits between steps; Resume or Step continue it. */
    PAUSED,
    /** The run completed its steps or was stopped; everything recorded is kept. */
    FINISHED,
    /** The run stopped on a NaN or infinity, or the run could not be prepared; everything recorded is kept. */
    FAILED
}
