package org.gradflow.model;

/**
 * Gradient clipping: NONE; VALUE clamps every gradient element to [-t, t]; LAYER_NORM rescales each layer's
 * gradient (all its parameters together) to L2 norm at most t; GLOBAL_NORM rescales the whole gradient to
 * L2 norm at most t.
 */
public enum ClipKind {
    NONE, VALUE, LAYER_NORM, GLOBAL_NORM
}
