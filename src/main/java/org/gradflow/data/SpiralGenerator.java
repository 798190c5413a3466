package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * Interleaved spiral arms, one per class (as in Stanford's CS231n spiral example): arm {@code c} of {@code K}
 * has its points at radius {@code r} evenly spaced in (0, 1] and angle {@code 2 pi c / K + }{@value #SWEEP}
 * {@code * r} radians, at {@code (r cos angle, r sin angle)}, plus gaussian jitter of standard deviation
 * {@code noise} on each coordinate. Classes get {@code samples / classes} rows each (the first ones one more).
 * With {@code noise == 0} the points do not depend on the seed.
 */
public final class SpiralGenerator implements Generator {
    /** Angle swept by each arm from its centre end to its rim end, in radians. */
    public static final double SWEEP = 4.0;

    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom random = Sampling.random(spec);
        int n = spec.samples();
        int k = spec.classes();
        double noise = spec.noise();
        double[] inputs = new double[2 * n];
        int[] labels = new int[n];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int count = Sampling.classCount(n, k, c);
            double start = 2 * Math.PI * c / k;
            for (int i = 0; i < count; i++) {
                double r = (i + 1.0) / count;
                double angle = start + SWEEP * r;
                inputs[2 * row] = r * Math.cos(angle) + noise * random.nextGaussian();
                inputs[2 * row + 1] = r * Math.sin(angle) + noise * random.nextGaussian();
                labels[row] = c;
                row++;
            }
        }
        return RawData.ofClasses(inputs, labels, RawData.numberedNames("x", 2), RawData.classNames(k));
    }
}
