package org.gradflow.engine.tensor;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

/**
 * Matrix products on {@link Mat} memory through the OpenBLAS that ships with ND4J's CPU backend, called directly:
 * for the small layers of this app ND4J's per-call overhead costs more than the product itself.
 */
public final class Blas {
    private Blas() {
    }

    /**
     * C[m x n] = alpha * op(A)[m x k] * op(B)[k x n] + beta * C, all row-major, using the first rows of each
     * matrix when {@code m} is below its row count.
     *
     * @param transA whether op(A) = A^T (A stored as [k x m])
     * @param transB whether op(B) = B^T (B stored as [n x k])
     */
    public static void gemm(boolean transA, boolean transB, int m, int n, int k, double alpha, Mat a, Mat b, double beta,
                     Mat c) {
        int lda = a.cols();
        int ldb = b.cols();
        int ldc = c.cols();
        int ta = transA ? CblasTrans : CblasNoTrans;
        int tb = transB ? CblasTrans : CblasNoTrans;
        if (a instanceof FloatMat fa && b instanceof FloatMat fb && c instanceof FloatMat fc) {
            cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, (float) alpha, fa.floatPointer(), lda, fb.floatPointer(), ldb,
                    (float) beta, fc.floatPointer(), ldc);
        } else if (a instanceof DoubleMat da && b instanceof DoubleMat db && c instanceof DoubleMat dc) {
            cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, alpha, da.doublePointer(), lda, db.doublePointer(), ldb,
                    beta, dc.doublePointer(), ldc);
        } else {
            throw new IllegalArgumentException("gemm operands must share one precision");
        }
    }
}
