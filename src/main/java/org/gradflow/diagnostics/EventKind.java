package org.gradflow.diagnostics;

/** The kinds of step that a {@link History} always remembers, however long the run. */
public enum EventKind {
    /** A NaN or infinity appeared (the step's flag or any layer's flag). */
    NON_FINITE,
    /** Gradient clipping changed the gradient. */
    CLIPPED
}
