package org.gradflow.model;

import java.util.Objects;

/**
 * An activation function and its parameters.
 *
 * @param kind the function, not {@code null}
 * @param alpha Leaky ReLU negative slope (default 0.01) or ELU alpha (default 1.0); ignored by other kinds
 * @param rreluLower RReLU lowest random negative slope while training (default 1/8); ignored by other kinds
 * @param rreluUpper RReLU highest random negative slope while training (default 1/3); ignored by other kinds
 */
public record ActivationSpec(ActivationKind kind, double alpha, double rreluLower, double rreluUpper) {
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;
    public static final double DEFAULT_ELU_ALPHA = 1.0;
    public static final double DEFAULT_RRELU_LOWER = 1.0 / 8;
    public static final double DEFAULT_RRELU_UPPER = 1.0 / 3;

    public ActivationSpec {
        Objects.requireNonNull(kind, "kind");
        Check.finite("alpha", alpha);
        Check.finite("rreluLower", rreluLower);
        Check.finite("rreluUpper", rreluUpper);
        if (kind == ActivationKind.LEAKY_RELU) {
            Check.inHalfOpen("alpha", alpha, 0, 1);
        }
        if (kind == ActivationKind.ELU) {
            Check.positive("alpha", alpha);
        }
        if (kind == ActivationKind.RRELU) {
            Check.inHalfOpen("rreluLower", rreluLower, 0, 1);
            Check.inHalfOpen("rreluUpper", rreluUpper, 0, 1);
            if (rreluUpper < rreluLower) {
                throw new InvalidSpecException("rreluUpper", "must not be below rreluLower (" + rreluLower + ")");
            }
        }
    }

    /** @return the kind with its default parameters */
    public static ActivationSpec of(ActivationKind kind) {
        double alpha = kind == ActivationKind.ELU ? DEFAULT_ELU_ALPHA : DEFAULT_LEAKY_SLOPE;
        return new ActivationSpec(kind, alpha, DEFAULT_RRELU_LOWER, DEFAULT_RRELU_UPPER);
    }

    public static ActivationSpec leakyRelu(double slope) {
        return new ActivationSpec(ActivationKind.LEAKY_RELU, slope, DEFAULT_RRELU_LOWER, DEFAULT_RRELU_UPPER);
    }

    public static ActivationSpec elu(double alpha) {
        return new ActivationSpec(ActivationKind.ELU, alpha, DEFAULT_RRELU_LOWER, DEFAULT_RRELU_UPPER);
    }

    public static ActivationSpec rrelu(double lower, double upper) {
        return new ActivationSpec(ActivationKind.RRELU, DEFAULT_LEAKY_SLOPE, lower, upper);
    }
}
