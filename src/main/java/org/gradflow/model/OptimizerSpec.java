package org.gradflow.model;

import java.util.Objects;

/**
 * An optimiser and its hyperparameters. Unused ones are kept so the user can switch kinds without losing them.
 *
 * @param kind the update rule, not {@code null}
 * @param learningRate step size, greater than 0 and at most {@value #MAX_LEARNING_RATE}
 * @param momentum momentum coefficient for MOMENTUM and NESTEROV, in [0, 1)
 * @param beta1 Adam's first-moment decay, in [0, 1)
 * @param beta2 Adam's second-moment decay, in [0, 1)
 * @param rho RMSProp's decay of the squared-gradient average, in [0, 1)
 * @param epsilon the small constant added to denominators (AdaGrad, RMSProp, Adam), greater than 0
 */
public record OptimizerSpec(OptimizerKind kind, double learningRate, double momentum, double beta1, double beta2,
                            double rho, double epsilon) {
    public static final double MAX_LEARNING_RATE = 100;

    public OptimizerSpec {
        Objects.requireNonNull(kind, "kind");
        Check.atMost("learningRate", Check.positive("learningRate", learningRate), MAX_LEARNING_RATE);
        Check.inHalfOpen("momentum", momentum, 0, 1);
        Check.inHalfOpen("beta1", beta1, 0, 1);
        Check.inHalfOpen("beta2", beta2, 0, 1);
        Check.inHalfOpen("rho", rho, 0, 1);
        Check.atMost("epsilon", Check.positive("epsilon", epsilon), 1);
    }

    /** @return the kind with the learning rate and standard defaults (momentum 0.9, Adam 0.9/0.999, rho 0.9, eps 1e-8) */
    public static OptimizerSpec of(OptimizerKind kind, double learningRate) {
        return new OptimizerSpec(kind, learningRate, 0.9, 0.9, 0.999, 0.9, 1e-8);
    }

    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(kind, lr, momentum, beta1, beta2, rho, epsilon);
    }
}
