package org.gradflow.ui.train;

import java.util.Objects;

/**
 * Something the user did to a run at a step, drawn as a marker on the step charts.
 *
 * @param step the first step the change applied to, at least 1
 * @param description plain words, for example "learning rate 0.1 → 0.01"; not {@code null}
 */
public record RunEvent(long step, String description) {
    public RunEvent {
        Objects.requireNonNull(description, "description");
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1, got " + step);
        }
    }
}
