package org.gradflow.model;

/**
 * Weight initialisers. fanIn is the layer's input width, fanOut its unit count.
 * <ul>
 * <li>ZEROS: 0; CONSTANT: {@code value}</li>
 * <li>NORMAL: N(mean, std^2); UNIFORM: U(-limit, limit)</li>
 * <li>XAVIER_NORMAL: std = gain * sqrt(2 / (fanIn + fanOut)); XAVIER_UNIFORM: limit = gain * sqrt(6 / (fanIn + fanOut))</li>
 * <li>HE_NORMAL: std = gain * sqrt(2 / fanIn); HE_UNIFORM: limit = gain * sqrt(6 / fanIn)</li>
 * <li>LECUN_NORMAL: std = gain * sqrt(1 / fanIn)</li>
 * <li>ORTHOGONAL: gain times a matrix with orthonormal rows or columns (QR of a Gaussian matrix)</li>
 * </ul>
 */
public enum InitKind {
    ZEROS, CONSTANT, NORMAL, UNIFORM, XAVIER_NORMAL, XAVIER_UNIFORM, HE_NORMAL, HE_UNIFORM, LECUN_NORMAL, ORTHOGONAL
}
