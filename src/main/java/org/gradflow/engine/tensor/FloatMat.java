package org.gradflow.engine.tensor;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A {@link Mat} of 32-bit floats. */
final class FloatMat extends Mat {
    private final FloatPointer pointer;
    private final FloatBuffer view;

    FloatMat(INDArray array, int rows, int cols) {
        super(array, rows, cols);
        this.pointer = new FloatPointer(array.data().addressPointer());
        pointer.capacity((long) rows * cols);
        this.view = pointer.asBuffer();
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT32;
    }

    @Override
    public double get(int i) {
        return view.get(i);
    }

    @Override
    public void set(int i, double value) {
        view.put(i, (float) value);
        wrote();
    }

    @Override
    public boolean isFloat() {
        return true;
    }

    @Override
    public void getFloats(int from, float[] dst, int n) {
        view.get(from, dst, 0, n);
    }

    @Override
    public void putFloats(int from, float[] src, int n) {
        view.put(from, src, 0, n);
        wrote();
    }

    @Override
    Pointer pointer() {
        return pointer;
    }

    FloatPointer floatPointer() {
        return pointer;
    }
}
