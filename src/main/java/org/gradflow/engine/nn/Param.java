package org.gradflow.engine.nn;

import java.util.Objects;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;

/**
 * One trainable parameter tensor with its gradient and two optimiser state buffers of the same shape
 * (first and second moment; unused by plain SGD), all allocated once.
 */
public final class Param {
    /** What the parameter is, which decides whether L1/L2 penalties apply (weights only). */
    public enum Role { WEIGHT, BIAS, BN_SCALE, BN_SHIFT }

    private final String name;
    private final Role role;
    private final int layer;
    private final Mat value;
    private final Mat grad;
    private final Mat state1;
    private final Mat state2;
    private double valueSquares;
    private long valueSquaresAt = -1;

    /**
     * @param name readable name such as {@code layers[2].W}, not {@code null}
     * @param layer index of the owning layer, 0 at the input side
     */
    public Param(String name, Role role, int layer, Precision precision, int rows, int cols) {
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.layer = layer;
        this.value = Mat.zeros(precision, rows, cols);
        this.grad = Mat.zeros(precision, rows, cols);
        this.state1 = Mat.zeros(precision, rows, cols);
        this.state2 = Mat.zeros(precision, rows, cols);
    }

    public String name() { return name; }
    public Role role() { return role; }
    /** @return index of the owning layer, 0 at the input side */
    public int layer() { return layer; }
    public Mat value() { return value; }
    public Mat grad() { return grad; }
    /** @return optimiser state: velocity (momentum), squared-gradient sum or average, or Adam's first moment */
    public Mat state1() { return state1; }
    /** @return optimiser state: Adam's second moment */
    public Mat state2() { return state2; }

    /**
     * @return the sum of squares of the value last given to {@link #recordValueSquares}, when the value has not been
     *         written since (by {@link Mat#writeCount()}); NaN otherwise
     */
    public double valueSquaresIfUnchanged() {
        return value.writeCount() == valueSquaresAt ? valueSquares : Double.NaN;
    }

    /** Remembers the sum of squares of the current value (the optimiser's measurement after an update). */
    public void recordValueSquares(double squares) {
        valueSquares = squares;
        valueSquaresAt = value.writeCount();
    }

    /** @return whether L1/L2 penalties apply */
    public boolean penalized() {
        return role == Role.WEIGHT;
    }

    /** Clears the optimiser state (on a change of optimiser). */
    public void resetState() {
        state1.fill(0);
        state2.fill(0);
    }
}
