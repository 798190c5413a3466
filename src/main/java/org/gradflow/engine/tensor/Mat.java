package org.gradflow.engine.tensor;

import java.util.Objects;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense row-major matrix held in an ND4J array, allocated once and then read and written in place.
 * Element access goes through a direct NIO view of the array's off-heap memory (no JNI call per element);
 * matrix products go through {@link Blas} on the same memory. Values are read and written as doubles whatever
 * the {@link Precision}. Not thread-safe: a matrix belongs to the training thread.
 */
public abstract class Mat {
    private static final java.util.concurrent.atomic.AtomicLong ALLOCATIONS = new java.util.concurrent.atomic.AtomicLong();
    private final int rows;
    private final int cols;
    private final INDArray array;
    private long writes;

    Mat(INDArray array, int rows, int cols) {
        this.array = array;
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * Allocates a zero-filled matrix.
     *
     * @param precision not {@code null}
     * @param rows at least 1
     * @param cols at least 1
     */
    public static Mat zeros(Precision precision, int rows, int cols) {
        Objects.requireNonNull(precision, "precision");
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("matrix shape must be positive, got " + rows + " x " + cols);
        }
        INDArray array = Nd4j.create(precision.dataType(), new long[] {rows, cols}, 'c');
        ALLOCATIONS.incrementAndGet();
        Arena.collect(array);
        return precision == Precision.FLOAT32 ? new FloatMat(array, rows, cols) : new DoubleMat(array, rows, cols);
    }

    /**
     * Wraps an existing 2-D ND4J array of FLOAT or DOUBLE values without copying when it is a contiguous 'c'-order
     * array of its own; otherwise wraps a contiguous copy. Writes go to the array when it was not copied.
     *
     * @param array a rank-2 array, not {@code null}
     */
    public static Mat wrap(INDArray array) {
        Objects.requireNonNull(array, "array");
        if (array.rank() != 2) {
            throw new IllegalArgumentException("expected a matrix, got shape " + java.util.Arrays.toString(array.shape()));
        }
        INDArray contiguous = array;
        if (array.isView() || array.ordering() != 'c' || array.offset() != 0) {
            contiguous = array.dup('c');
            ALLOCATIONS.incrementAndGet();
            Arena.collect(contiguous);
        }
        int rows = (int) array.rows();
        int cols = (int) array.columns();
        return switch (contiguous.dataType()) {
            case FLOAT -> new FloatMat(contiguous, rows, cols);
            case DOUBLE -> new DoubleMat(contiguous, rows, cols);
            default -> throw new IllegalArgumentException("expected FLOAT or DOUBLE values, got " + contiguous.dataType());
        };
    }

    /** @return how many ND4J arrays matrices have allocated in this process so far (to verify a step allocates none) */
    public static long allocationCount() {
        return ALLOCATIONS.get();
    }

    public final int rows() {
        return rows;
    }

    public final int cols() {
        return cols;
    }

    /** @return rows x cols */
    public final int size() {
        return rows * cols;
    }

    /** @return the ND4J array holding the values (shape [rows, cols], 'c' order); shares memory */
    public final INDArray array() {
        return array;
    }

    public abstract Precision precision();

    /** @return the element at flat row-major index {@code i} */
    public abstract double get(int i);

    /** Sets the element at flat row-major index {@code i} (rounded to float in FLOAT32). */
    public abstract void set(int i, double value);

    /**
     * @return a count that changes whenever elements are written through this class ({@link #set},
     *         {@link #putFloats} and what calls them); writes through {@link #array()} or as a BLAS output do not count
     */
    public final long writeCount() {
        return writes;
    }

    /** Counts a write (see {@link #writeCount()}). */
    final void wrote() {
        writes++;
    }

    /** @return the native address of the first element, for BLAS */
    abstract Pointer pointer();

    /**
     * @return whether the values are 32-bit floats, so that {@link #getFloats} and {@link #putFloats} copy them
     *         exactly (float kernels then work on chunks of a {@code float[]}, which the JIT compiles far better than
     *         element access through the off-heap view)
     */
    public boolean isFloat() {
        return false;
    }

    /** Copies elements {@code from .. from+n-1} into {@code dst[0 .. n-1]} (rounded to float in FLOAT64). */
    public void getFloats(int from, float[] dst, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = (float) get(from + i);
        }
    }

    /** Writes {@code src[0 .. n-1]} to elements {@code from .. from+n-1}. */
    public void putFloats(int from, float[] src, int n) {
        for (int i = 0; i < n; i++) {
            set(from + i, src[i]);
        }
    }

    public final double get(int row, int col) {
        return get(row * cols + col);
    }

    public final void set(int row, int col, double value) {
        set(row * cols + col, value);
    }

    /** Sets the first {@code n} elements to {@code value}. */
    public final void fill(double value, int n) {
        for (int i = 0; i < n; i++) {
            set(i, value);
        }
    }

    /** Sets every element to {@code value}. */
    public final void fill(double value) {
        fill(value, size());
    }

    /** Copies the first {@code n} elements of {@code source} into this matrix's first {@code n}. */
    public final void copyFrom(Mat source, int n) {
        for (int i = 0; i < n; i++) {
            set(i, source.get(i));
        }
    }

    /** Adds {@code factor * source} elementwise to the first {@code n} elements. */
    public final void addScaled(Mat source, double factor, int n) {
        for (int i = 0; i < n; i++) {
            set(i, get(i) + factor * source.get(i));
        }
    }

    /** Multiplies every element by {@code factor}. */
    public final void scale(double factor) {
        int n = size();
        for (int i = 0; i < n; i++) {
            set(i, get(i) * factor);
        }
    }

    /** @return the sum of squares of all elements (a non-finite element makes it non-finite) */
    public final double sumOfSquares() {
        return sumOfSquares(size());
    }

    /**
     * @return the sum of squares of the first {@code n} elements, summed in four interleaved partial sums (a fixed
     *         order, so the result is repeatable, and four times shorter dependency chains)
     */
    public final double sumOfSquares(int n) {
        if (isFloat()) {
            return FloatKernels.sumOfSquares(this, n);
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double a = get(i);
            double b = get(i + 1);
            double c = get(i + 2);
            double d = get(i + 3);
            s0 += a * a;
            s1 += b * b;
            s2 += c * c;
            s3 += d * d;
        }
        for (; i < n; i++) {
            double v = get(i);
            s0 += v * v;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** @return a copy of all elements as doubles, row-major */
    public final double[] toArray() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** Sets all elements from a row-major array of length {@link #size()}. */
    public final void setAll(double[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            set(i, values[i]);
        }
    }
}
