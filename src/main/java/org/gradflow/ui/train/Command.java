package org.gradflow.ui.train;

import java.util.function.Consumer;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.run.ExperimentRun;

/** A command for the training loop, applied on the training thread between two steps. */
sealed interface Command {
    /** Stop stepping; wait for commands. */
    record Pause() implements Command {
    }

    /** Step on. */
    record Resume() implements Command {
    }

    /** Take one step, then wait again. */
    record Step() implements Command {
    }

    /** End the loop. */
    record Stop() implements Command {
    }

    /** Use these settings from the next step on. */
    record Settings(TrainingSettings settings) implements Command {
    }

    /** Run something with the run between two steps (for example snapshot it for saving). */
    record Job(Consumer<ExperimentRun> action) implements Command {
    }
}
