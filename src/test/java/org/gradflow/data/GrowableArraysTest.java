package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GrowableArraysTest {
    @Test
    void keepEveryValueAcrossGrowth() {
        GrowableArrays.Doubles doubles = new GrowableArrays.Doubles();
        GrowableArrays.Ints ints = new GrowableArrays.Ints();
        for (int i = 0; i < 5000; i++) {
            doubles.add(i * 0.5);
            ints.add(-i);
        }
        assertThat(doubles.size()).isEqualTo(5000);
        assertThat(ints.size()).isEqualTo(5000);
        assertThat(doubles.toArray()).isEqualTo(IntStream.range(0, 5000).mapToDouble(i -> i * 0.5).toArray());
        assertThat(ints.toArray()).isEqualTo(IntStream.range(0, 5000).map(i -> -i).toArray());
        assertThat(new GrowableArrays.Doubles().toArray()).isEmpty();
    }
}
