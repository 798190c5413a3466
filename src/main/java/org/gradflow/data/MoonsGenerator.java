package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * Two interleaving half circles, as scikit-learn's {@code make_moons}: class 0 is the upper half of the unit
 * circle around (0, 0), class 1 the lower half of the unit circle around (1, 0.5); points evenly spaced along
 * each half (class 0 gets {@code samples / 2} rows, class 1 the rest), plus gaussian noise of standard
 * deviation {@code noise} on each coordinate. With {@code noise == 0} the points do not depend on the seed.
 */
public final class MoonsGenerator implements Generator {
    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom random = Sampling.random(spec);
        int n = spec.samples();
        int outer = n / 2;
        int inner = n - outer;
        double noise = spec.noise();
        double[] inputs = new double[2 * n];
        int[] labels = new int[n];
        for (int row = 0; row < n; row++) {
            boolean isOuter = row < outer;
            double t = isOuter ? Sampling.linspace(0, Math.PI, outer, true, row)
                    : Sampling.linspace(0, Math.PI, inner, true, row - outer);
            double x = isOuter ? Math.cos(t) : 1 - Math.cos(t);
            double y = isOuter ? Math.sin(t) : 0.5 - Math.sin(t);
            inputs[2 * row] = x + noise * random.nextGaussian();
            inputs[2 * row + 1] = y + noise * random.nextGaussian();
            labels[row] = isOuter ? 0 : 1;
        }
        return RawData.ofClasses(inputs, labels, RawData.numberedNames("x", 2), RawData.classNames(2));
    }
}
