package org.gradflow.model;

import java.util.Objects;

/**
 * Gradient clipping, applied after the gradient (including L1/L2 terms) is computed and before the optimiser.
 *
 * @param kind the clipping rule, not {@code null}
 * @param threshold t, greater than 0 unless kind is NONE
 */
public record ClipSpec(ClipKind kind, double threshold) {
    public static final ClipSpec NONE = new ClipSpec(ClipKind.NONE, 1);

    public ClipSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind != ClipKind.NONE) {
            Check.positive("threshold", threshold);
        } else {
            Check.finite("threshold", threshold);
        }
    }
}
