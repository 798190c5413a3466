package org.gradflow.model;

import java.util.Objects;

/**
 * A weight initialiser and its parameters; see {@link InitKind} for the formulas.
 *
 * @param kind the initialiser, not {@code null}
 * @param value the constant for {@link InitKind#CONSTANT}
 * @param mean the mean for {@link InitKind#NORMAL}
 * @param std the standard deviation for {@link InitKind#NORMAL}, greater than 0
 * @param limit the half-width for {@link InitKind#UNIFORM}, greater than 0
 * @param gain the multiplier for the Xavier, He, LeCun and orthogonal initialisers, greater than 0 (default 1)
 */
public record InitSpec(InitKind kind, double value, double mean, double std, double limit, double gain) {
    public InitSpec {
        Objects.requireNonNull(kind, "kind");
        Check.finite("value", value);
        Check.finite("mean", mean);
        Check.finite("std", std);
        Check.finite("limit", limit);
        Check.positive("gain", gain);
        if (kind == InitKind.NORMAL) {
            Check.positive("std", std);
        }
        if (kind == InitKind.UNIFORM) {
            Check.positive("limit", limit);
        }
    }

    /** @return the kind with default parameters (constant 0, N(0, 1), U(-1, 1), gain 1) */
    public static InitSpec of(InitKind kind) {
        return new InitSpec(kind, 0, 0, 1, 1, 1);
    }

    public static InitSpec constant(double value) {
        return new InitSpec(InitKind.CONSTANT, value, 0, 1, 1, 1);
    }

    public static InitSpec normal(double mean, double std) {
        return new InitSpec(InitKind.NORMAL, 0, mean, std, 1, 1);
    }

    public static InitSpec uniform(double limit) {
        return new InitSpec(InitKind.UNIFORM, 0, 0, 1, limit, 1);
    }
}
