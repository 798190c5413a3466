package org.gradflow.bench;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-precision matrix-product rates on this machine, on the calling thread's BLAS settings: C[m x n] =
 * A[m x k] B[k x n] into a preallocated C ('c'-ordered FLOAT arrays, as GradFlow's buffers), through
 * {@code Nd4j.gemm} and through {@code cblas_sgemm} called directly on the same memory (GradFlow's route).
 * Each rate is the median of {@code repeats} timings of enough calls to last about {@code seconds}.
 */
final class GemmRates {
    private GemmRates() {
    }

    /** Median GFLOP/s and the spread of the timings. */
    record Rate(int m, int k, int n, Stats nd4j, Stats cblas) {
        String shape() {
            return m + "x" + k + "x" + n;
        }
    }

    static Rate measure(int m, int k, int n, int repeats, double seconds) {
        INDArray a = Nd4j.rand(DataType.FLOAT, m, k).subi(0.5);
        INDArray b = Nd4j.rand(DataType.FLOAT, k, n).subi(0.5);
        INDArray c = Nd4j.create(DataType.FLOAT, new long[] {m, n}, 'c');
        double flops = 2.0 * m * n * k;
        FloatPointer pa = new FloatPointer(a.data().addressPointer());
        FloatPointer pb = new FloatPointer(b.data().addressPointer());
        FloatPointer pc = new FloatPointer(c.data().addressPointer());
        Runnable nd4j = () -> Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        Runnable cblas = () -> cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1f, pa, k, pb, n, 0f, pc, n);
        // Correctness of the direct call's layout: both routes give the same C.
        nd4j.run();
        float fromNd4j = c.getFloat(m - 1, n - 1);
        cblas.run();
        float fromCblas = c.getFloat(m - 1, n - 1);
        if (Math.abs(fromNd4j - fromCblas) > 1e-3 * Math.max(1, Math.abs(fromNd4j))) {
            throw new IllegalStateException("Nd4j.gemm and cblas_sgemm disagree: " + fromNd4j + " vs " + fromCblas);
        }
        Stats s1 = rate(nd4j, flops, repeats, seconds);
        Stats s2 = rate(cblas, flops, repeats, seconds);
        return new Rate(m, k, n, s1, s2);
    }

    private static Stats rate(Runnable call, double flops, int repeats, double seconds) {
        long t0 = System.nanoTime();
        int warm = 0;
        while (System.nanoTime() - t0 < 0.3e9 || warm < 3) {
            call.run();
            warm++;
        }
        double perCall = (System.nanoTime() - t0) / 1e9 / warm;
        int calls = Math.max(1, (int) Math.round(seconds / perCall));
        double[] gflops = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long s = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                call.run();
            }
            double elapsed = (System.nanoTime() - s) / 1e9;
            gflops[r] = flops * calls / elapsed / 1e9;
        }
        return Stats.of(gflops);
    }
}
