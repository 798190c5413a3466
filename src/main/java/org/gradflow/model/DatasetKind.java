package org.gradflow.model;

/**
 * Where the examples come from. Input width and target width per kind:
 * <ul>
 * <li>SPIRAL: 2 inputs, {@code classes} one-hot targets (interleaved arms)</li>
 * <li>MOONS, CIRCLES, XOR: 2 inputs, 2 one-hot targets</li>
 * <li>BLOBS: {@code features} inputs, {@code classes} one-hot targets (gaussian clusters)</li>
 * <li>SINE: 1 input, 1 regression target sin(x)</li>
 * <li>TEACHER: {@code features} inputs, {@code outputs} regression targets from a random fixed tanh network</li>
 * <li>CSV: numeric columns from a file; widths known only after loading</li>
 * </ul>
 */
public enum DatasetKind {
    SPIRAL, MOONS, CIRCLES, XOR, BLOBS, SINE, TEACHER, CSV;

    /** @return true when targets are one-hot classes (accuracy is measured), false for regression */
    public boolean isClassification() {
        return this != SINE && this != TEACHER;
    }
}
