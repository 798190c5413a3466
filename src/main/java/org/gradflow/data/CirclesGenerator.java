package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * A small circle inside a large one, as scikit-learn's {@code make_circles} with {@code factor = }
 * {@value #FACTOR}: class 0 lies on the unit circle, class 1 on the circle of radius {@value #FACTOR}, both
 * around (0, 0), points evenly spaced in angle (class 0 gets {@code samples / 2} rows, class 1 the rest), plus
 * gaussian noise of standard deviation {@code noise} on each coordinate. With {@code noise == 0} the points do
 * not depend on the seed.
 */
public final class CirclesGenerator implements Generator {
    /** Radius of the inner circle relative to the outer one. */
    public static final double FACTOR = 0.5;

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
            double t = isOuter ? Sampling.linspace(0, 2 * Math.PI, outer, false, row)
                    : Sampling.linspace(0, 2 * Math.PI, inner, false, row - outer);
            double radius = isOuter ? 1 : FACTOR;
            inputs[2 * row] = radius * Math.cos(t) + noise * random.nextGaussian();
            inputs[2 * row + 1] = radius * Math.sin(t) + noise * random.nextGaussian();
            labels[row] = isOuter ? 0 : 1;
        }
        return RawData.ofClasses(inputs, labels, RawData.numberedNames("x", 2), RawData.classNames(2));
    }
}
