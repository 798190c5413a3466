package org.gradflow.ui.train;

import java.util.Objects;
import org.gradflow.engine.StepStats;

/**
 * How a training loop ended.
 *
 * @param kind why it ended, not {@code null}
 * @param lastStep the last step taken (0 when none)
 * @param nonFiniteStep the step that met a NaN or infinity when {@code kind} is {@link Kind#NON_FINITE}, else
 *        {@code null}
 */
public record RunEnd(Kind kind, long lastStep, StepStats nonFiniteStep) {
    /** Why a loop ended. */
    public enum Kind {
        /** The spec's step count was reached. */
        COMPLETED,
        /** The user stopped it (or the window closed); it can continue. */
        STOPPED,
        /** A value became NaN or infinite; the trainer cannot continue. */
        NON_FINITE
    }

    public RunEnd {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NON_FINITE) != (nonFiniteStep != null)) {
            throw new IllegalArgumentException("nonFiniteStep is required exactly for NON_FINITE");
        }
    }
}
