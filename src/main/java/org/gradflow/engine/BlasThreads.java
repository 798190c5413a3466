package org.gradflow.engine;

import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The number of threads OpenBLAS uses for matrix products, process-wide. GradFlow trains on one thread by default:
 * on small machines OpenMP and OpenBLAS threads contend (measured about 3x slower on 2 cores with both at 2), and the
 * user interface needs a free core. Override with the system property {@code gradflow.blasThreads}.
 */
public final class BlasThreads {
    /** The default thread count unless the system property says otherwise. */
    public static final int DEFAULT = Integer.getInteger("gradflow.blasThreads", 1);

    private BlasThreads() {
    }

    /** @param threads at least 1 */
    public static void set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("BLAS threads must be at least 1, got " + threads);
        }
        openblas_nolapack.blas_set_num_threads(threads);
    }

    /** @return the thread count OpenBLAS reports */
    public static int get() {
        return openblas_nolapack.blas_get_num_threads();
    }
}
