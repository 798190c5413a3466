package org.gradflow.model;

/** The activation functions a dense layer can apply. {@link #SOFTMAX} is allowed on the output layer only. */
public enum ActivationKind {
    IDENTITY, SIGMOID, TANH, RELU, LEAKY_RELU, RRELU, ELU, SELU, GELU, SOFTPLUS, SWISH, SOFTSIGN, SOFTMAX;

    /** @return true for ReLU, Leaky ReLU and RReLU, whose dead-unit fraction is measured */
    public boolean isReluFamily() {
        return this == RELU || this == LEAKY_RELU || this == RRELU;
    }
}
