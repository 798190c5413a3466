package org.gradflow.ui.train;

import org.gradflow.engine.StepStats;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;

/** What the training thread hands to the JavaFX thread through the outbox queue; plain immutable values only. */
sealed interface EngineMessage {
    /** The run is prepared. */
    record Started(RunInfo info) implements EngineMessage {
    }

    /** One step was recorded. */
    record Step(StepStats stats) implements EngineMessage {
    }

    /** New settings took effect at {@code step}. */
    record Applied(long step, TrainingSettings before, TrainingSettings after) implements EngineMessage {
    }

    /** The training examples for the scatter plot. */
    record Preview(DataPreview preview) implements EngineMessage {
    }

    /** The decision boundary now. */
    record Boundary(BoundaryGrid grid) implements EngineMessage {
    }
}
