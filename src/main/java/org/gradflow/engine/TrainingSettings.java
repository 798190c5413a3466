package org.gradflow.engine;

import java.util.Objects;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/**
 * The training settings a user may change while a run goes on; a change applies at the next step.
 *
 * @param optimizer not {@code null}
 * @param clip not {@code null}
 * @param l1 L1 penalty coefficient, at least 0
 * @param l2 L2 penalty coefficient, at least 0
 */
public record TrainingSettings(OptimizerSpec optimizer, ClipSpec clip, double l1, double l2) {
    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(clip, "clip");
        if (!(l1 >= 0) || !(l2 >= 0) || !Double.isFinite(l1) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("penalties must be finite and not negative, got l1=" + l1 + ", l2=" + l2);
        }
    }

    /** @return the settings a training spec starts with */
    public static TrainingSettings of(TrainingSpec spec) {
        return new TrainingSettings(spec.optimizer(), spec.clip(), spec.l1(), spec.l2());
    }
}
