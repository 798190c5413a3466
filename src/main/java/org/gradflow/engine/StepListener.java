package org.gradflow.engine;

/** Receives one {@link StepStats} after every training step, on the training thread. */
@FunctionalInterface
public interface StepListener {
    /** @param stats the step's statistics, never {@code null} */
    void onStep(StepStats stats);
}
