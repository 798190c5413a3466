package org.gradflow.data;

import java.util.List;
import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * Sine regression: input {@code x} uniform in [-pi, pi], target {@code sin(x) + noise * N(0, 1)}.
 * Input name {@code "x"}, target name {@code "y"}.
 */
public final class SineGenerator implements Generator {
    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom random = Sampling.random(spec);
        int n = spec.samples();
        double noise = spec.noise();
        double[] inputs = new double[n];
        double[] targets = new double[n];
        for (int row = 0; row < n; row++) {
            double x = random.nextDouble(-Math.PI, Math.PI);
            inputs[row] = x;
            targets[row] = Math.sin(x) + noise * random.nextGaussian();
        }
        return new RawData(n, inputs, targets, false, List.of("x"), List.of("y"));
    }
}
