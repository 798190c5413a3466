package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class BackendInfoTest {

    @Test
    void reportsTheBackendThisProcessRunsOn() {
        BlasThreads.set(1);
        BackendInfo info = BackendInfo.current();

        assertThat(Nd4j.getEnvironment().isCPU()).isTrue();
        assertThat(info.backend()).isEqualTo("CPU");
        assertThat(info.blas()).startsWith("OpenBLAS 0.");
        assertThat(info.blasThreads()).isEqualTo(1);
        assertThat(info.cores()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(info.describe()).isEqualTo("ND4J CPU · " + info.blas() + " · BLAS threads 1 · OMP threads "
                + info.ompThreads());
    }

    @Test
    void threadCountsFollowChanges() {
        try {
            BlasThreads.set(2);
            assertThat(BackendInfo.current().blasThreads()).isEqualTo(2);
        } finally {
            BlasThreads.set(1);
        }
    }
}
