package org.gradflow.model;

/**
 * One dense layer: {@code z = x W + b}, then optional batch norm, the activation, optional batch norm,
 * then dropout. The layer's input width is the previous layer's {@code units} (or the network input).
 *
 * @param units number of units (output width), 1 to {@value #MAX_UNITS}
 * @param activation the activation, not {@code null}
 * @param weightInit the weight initialiser, not {@code null}
 * @param biasInit the constant every bias starts at (a large negative value provokes dead ReLUs)
 * @param batchNorm where batch normalisation sits, not {@code null}
 * @param dropout the probability of dropping a unit while training, in [0, 1)
 */
public record LayerSpec(int units, ActivationSpec activation, InitSpec weightInit, double biasInit,
                        NormPlacement batchNorm, double dropout) {
    public static final int MAX_UNITS = 65_536;

    public LayerSpec {
        Check.intInRange("units", units, 1, MAX_UNITS);
        Check.notNull("activation", activation);
        Check.notNull("weightInit", weightInit);
        Check.finite("biasInit", biasInit);
        Check.notNull("batchNorm", batchNorm);
        Check.inHalfOpen("dropout", dropout, 0, 1);
    }

    /** A plain dense layer: given init, bias 0, no batch norm, no dropout. */
    public static LayerSpec dense(int units, ActivationKind activation, InitKind init) {
        return new LayerSpec(units, ActivationSpec.of(activation), InitSpec.of(init), 0, NormPlacement.NONE, 0);
    }

    public LayerSpec withActivation(ActivationSpec a) {
        return new LayerSpec(units, a, weightInit, biasInit, batchNorm, dropout);
    }

    public LayerSpec withInit(InitSpec i) {
        return new LayerSpec(units, activation, i, biasInit, batchNorm, dropout);
    }

    public LayerSpec withBiasInit(double b) {
        return new LayerSpec(units, activation, weightInit, b, batchNorm, dropout);
    }

    public LayerSpec withBatchNorm(NormPlacement p) {
        return new LayerSpec(units, activation, weightInit, biasInit, p, dropout);
    }

    public LayerSpec withDropout(double rate) {
        return new LayerSpec(units, activation, weightInit, biasInit, batchNorm, rate);
    }

    public LayerSpec withUnits(int u) {
        return new LayerSpec(u, activation, weightInit, biasInit, batchNorm, dropout);
    }
}
