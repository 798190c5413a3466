package org.gradflow.engine.tensor;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@link Mat} of 64-bit doubles, used for gradient checks. */
final class DoubleMat extends Mat {
    private final DoublePointer pointer;
    private final DoubleBuffer view;

    DoubleMat(INDArray array, int rows, int cols) {
        super(array, rows, cols);
        this.pointer = new DoublePointer(array.data().addressPointer());
        pointer.capacity((long) rows * cols);
        this.view = pointer.asBuffer();
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT64;
    }

    @Override
    public double get(int i) {
        return view.get(i);
    }

    @Override
    public void set(int i, double value) {
        view.put(i, value);
        wrote();
    }

    @Override
    Pointer pointer() {
        return pointer;
    }

    DoublePointer doublePointer() {
        return pointer;
    }
}
