package org.gradflow.bench;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.io.PrintStream;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Single-precision matrix-product rates on this machine, on the calling thread's BLAS settings: C[m x n] =
 * A[m x k] B[k x n] into a preallocated C ('c'-ordered FLOAT arrays, as GradFlow's buffers), through
 * {@code Nd4j.gemm} and through {@code cblas_sgemm} called directly on the same memory (GradFlow's route).
 * Each is a {@link Contender} whose step is one call, so the harness can time it in the same interleaved rounds as
 * the training columns.
 */
final class GemmRates {
    private GemmRates() {
    }

    /** Median GFLOP/s (min–max) of both routes at one shape. */
    record Rate(int m, int k, int n, Stats nd4j, Stats cblas) {
        String shape() {
            return m + "x" + k + "x" + n;
        }
    }

    /** One call of a product per step. */
    static final class Gemm implements Contender {
        private final String name;
        private final Runnable call;
        private final INDArray c;
        final double flops;

        Gemm(String name, Runnable call, INDArray c, double flops) {
            this.name = name;
            this.call = call;
            this.c = c;
            this.flops = flops;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void step() {
            call.run();
        }

        @Override
        public double check() {
            return c.getFloat(0);
        }
    }

    /** @return the two routes at one shape: Nd4j.gemm first, then cblas_sgemm (checked to give the same C) */
    static List<Gemm> contenders(int m, int k, int n) {
        INDArray a = Nd4j.rand(DataType.FLOAT, m, k).subi(0.5);
        INDArray b = Nd4j.rand(DataType.FLOAT, k, n).subi(0.5);
        INDArray c = Nd4j.create(DataType.FLOAT, new long[] {m, n}, 'c');
        double flops = 2.0 * m * n * k;
        FloatPointer pa = new FloatPointer(a.data().addressPointer());
        FloatPointer pb = new FloatPointer(b.data().addressPointer());
        FloatPointer pc = new FloatPointer(c.data().addressPointer());
        Runnable nd4j = () -> Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        Runnable cblas = () -> cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1f, pa, k, pb, n, 0f, pc, n);
        nd4j.run();
        float fromNd4j = c.getFloat(m - 1, n - 1);
        cblas.run();
        float fromCblas = c.getFloat(m - 1, n - 1);
        if (Math.abs(fromNd4j - fromCblas) > 1e-3 * Math.max(1, Math.abs(fromNd4j))) {
            throw new IllegalStateException("Nd4j.gemm and cblas_sgemm disagree: " + fromNd4j + " vs " + fromCblas);
        }
        String shape = m + "x" + k + "x" + n;
        return List.of(new Gemm("SGEMM Nd4j.gemm " + shape, nd4j, c, flops),
                new Gemm("SGEMM cblas_sgemm " + shape, cblas, c, flops));
    }

    /** @return GFLOP/s statistics of a timed gemm column */
    static Stats gflops(Harness.Column column) {
        double flops = ((Gemm) column.contender).flops;
        double[] rates = column.rates.clone();
        for (int i = 0; i < rates.length; i++) {
            rates[i] *= flops / 1e9;
        }
        return Stats.of(rates);
    }

    /** Times both routes on their own (interleaved with each other) and returns their rates. */
    static Rate measure(int m, int k, int n, int runs, double window, PrintStream log) {
        List<Gemm> both = contenders(m, k, n);
        List<Harness.Column> cols = Harness.measure(both, 3, runs, window, log);
        return new Rate(m, k, n, gflops(cols.get(0)), gflops(cols.get(1)));
    }
}
