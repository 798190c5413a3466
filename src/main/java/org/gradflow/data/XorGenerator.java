package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * The XOR problem: points uniform in [-1, 1]^2; class 1 when both coordinates have the same sign
 * ({@code sign(x) * sign(y) > 0}, the first and third quadrants), else class 0. The class is decided on the
 * clean point; then gaussian noise of standard deviation {@code noise} is added to each coordinate. Classes are
 * balanced only on average.
 */
public final class XorGenerator implements Generator {
    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom random = Sampling.random(spec);
        int n = spec.samples();
        double noise = spec.noise();
        double[] inputs = new double[2 * n];
        int[] labels = new int[n];
        for (int row = 0; row < n; row++) {
            double x = random.nextDouble(-1, 1);
            double y = random.nextDouble(-1, 1);
            labels[row] = Math.signum(x) * Math.signum(y) > 0 ? 1 : 0;
            inputs[2 * row] = x + noise * random.nextGaussian();
            inputs[2 * row + 1] = y + noise * random.nextGaussian();
        }
        return RawData.ofClasses(inputs, labels, RawData.numberedNames("x", 2), RawData.classNames(2));
    }
}
