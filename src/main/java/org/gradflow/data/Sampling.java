package org.gradflow.data;

import java.util.Objects;
import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/** Small pieces shared by the generators. */
final class Sampling {
    private Sampling() {
    }

    /**
     * @return how many of {@code total} rows class {@code c} of {@code classes} gets when rows are spread as
     *         evenly as possible (the first {@code total % classes} classes get one more)
     */
    static int classCount(int total, int classes, int c) {
        return total / classes + (c < total % classes ? 1 : 0);
    }

    /**
     * numpy's {@code linspace(from, to, count, endpoint)[i]}.
     *
     * @return the {@code i}-th of {@code count} evenly spaced values from {@code from} towards {@code to};
     *         {@code from} when {@code count == 1} with an endpoint
     */
    static double linspace(double from, double to, int count, boolean endpoint, int i) {
        int intervals = endpoint ? count - 1 : count;
        return intervals <= 0 ? from : from + (to - from) * i / intervals;
    }

    /** @return a random source for the rows of {@code spec}, seeded with its seed, never {@code null} */
    static SplittableRandom random(DatasetSpec spec) {
        return new SplittableRandom(Objects.requireNonNull(spec, "spec").seed());
    }
}
