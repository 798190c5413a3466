package org.gradflow.engine.act;

import java.util.Objects;
import org.gradflow.model.ActivationSpec;

/** Creates the {@link Activation} for a spec. */
public final class Activations {
    private Activations() {
    }

    /**
     * @param spec not {@code null}
     * @param maxElements capacity for per-element state (batch size x units)
     * @return a new instance for one layer
     */
    public static Activation create(ActivationSpec spec, int maxElements) {
        Objects.requireNonNull(spec, "spec");
        return switch (spec.kind()) {
            case IDENTITY -> new Elementwise.Identity();
            case SIGMOID -> new Elementwise.Sigmoid();
            case TANH -> new Elementwise.Tanh();
            case RELU -> new Elementwise.Relu();
            case LEAKY_RELU -> new Elementwise.LeakyRelu(spec.alpha());
            case RRELU -> new RandomizedRelu(spec.rreluLower(), spec.rreluUpper(), maxElements);
            case ELU -> new Elementwise.Elu(spec.alpha());
            case SELU -> new Elementwise.Selu();
            case GELU -> new Elementwise.Gelu();
            case SOFTPLUS -> new Elementwise.Softplus();
            case SWISH -> new Elementwise.Swish();
            case SOFTSIGN -> new Elementwise.Softsign();
            case SOFTMAX -> new Softmax();
        };
    }

    /** Numerically stable logistic function. */
    public static double sigmoid(double u) {
        if (u >= 0) {
            return 1 / (1 + Math.exp(-u));
        }
        double e = Math.exp(u);
        return e / (1 + e);
    }

    /**
     * tanh through the intrinsic {@link Math#exp} (several times faster than {@link Math#tanh} or {@code expm1}):
     * (e - 1) / (e + 1) with e = exp(2u), a Taylor polynomial below |u| = 1e-4 where that quotient would cancel,
     * and exactly +-1 beyond |u| = 20. Absolute error below 1e-15.
     */
    public static double tanh(double u) {
        double a = Math.abs(u);
        if (a < 1e-4) {
            double u2 = u * u;
            return u * (1 - u2 / 3 + 2 * u2 * u2 / 15);
        }
        if (a > 20) {
            return u > 0 ? 1 : -1;
        }
        double e = Math.exp(2 * u);
        return (e - 1) / (e + 1);
    }
}
