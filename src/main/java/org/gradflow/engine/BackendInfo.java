package org.gradflow.engine;

import java.util.Locale;
import java.util.Properties;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the numerical backend is, as ND4J and OpenBLAS report it at run time: ND4J's backend kind (CPU or CUDA), the
 * BLAS library and version, and the threads of BLAS and of ND4J's OpenMP pool. Never null fields; a value the
 * backend does not report is {@code "unknown"}. Calling {@link #current()} initialises ND4J (seconds on first use).
 *
 * @param backend     ND4J's backend kind, for example {@code "CPU"}
 * @param blas        the BLAS library with its version, for example {@code "OpenBLAS 0.3.19"}
 * @param blasThreads threads OpenBLAS uses for matrix products
 * @param ompThreads  threads of ND4J's OpenMP pool
 * @param cores       processor cores ND4J sees
 */
public record BackendInfo(String backend, String blas, int blasThreads, int ompThreads, int cores) {

    /** @return the backend of this process now */
    public static BackendInfo current() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = text(env.get("backend"));
        String vendor = text(env.get("blas.vendor"));
        String version = openblas_nolapack.OPENBLAS_VERSION == null ? "" : openblas_nolapack.OPENBLAS_VERSION.trim();
        String blas = "OPENBLAS".equals(vendor) && !version.isEmpty() ? version : vendor;
        return new BackendInfo(backend, blas, BlasThreads.get(), number(env.get("omp.threads")),
                number(env.get("cores")));
    }

    /** @return one line for a status bar, for example "ND4J CPU · OpenBLAS 0.3.19 · BLAS threads 1 · OMP threads 1" */
    public String describe() {
        return String.format(Locale.ROOT, "ND4J %s · %s · BLAS threads %d · OMP threads %s", backend, blas,
                blasThreads, ompThreads < 0 ? "unknown" : Integer.toString(ompThreads));
    }

    private static String text(Object value) {
        return value == null ? "unknown" : value.toString();
    }

    private static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value != null) {
            try {
                return Integer.parseInt(value.toString().trim());
            } catch (NumberFormatException e) {
                return -1; // reported as "unknown": the backend gave something that is not a count
            }
        }
        return -1;
    }
}
