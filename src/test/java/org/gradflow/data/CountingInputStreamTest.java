package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CountingInputStreamTest {
    @Test
    void countsBytesReadAndSkipped() throws IOException {
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(new byte[100]))) {
            assertThat(in.read()).isZero();
            assertThat(in.read(new byte[30], 0, 30)).isEqualTo(30);
            assertThat(in.skip(9)).isEqualTo(9);
            assertThat(in.count()).isEqualTo(40);
            assertThat(in.readAllBytes()).hasSize(60);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.count()).isEqualTo(100);
        }
    }
}
