package org.gradflow.data;

import java.util.SplittableRandom;
import org.gradflow.model.DatasetSpec;

/**
 * Gaussian clusters, one per class, in {@code features} dimensions: the {@code classes} centres are drawn
 * uniformly from [-{@value #BOX}, {@value #BOX}]^features (first, from the seed); each point is its centre plus
 * a standard normal offset plus gaussian noise of standard deviation {@code noise} per coordinate, so a
 * cluster's standard deviation per coordinate is {@code sqrt(1 + noise^2)}. Classes get
 * {@code samples / classes} rows each (the first ones one more).
 */
public final class BlobsGenerator implements Generator {
    /** Half the side of the box the centres are drawn from, in input units. */
    public static final double BOX = 5.0;

    @Override
    public RawData generate(DatasetSpec spec) {
        SplittableRandom random = Sampling.random(spec);
        int n = spec.samples();
        int k = spec.classes();
        int f = spec.features();
        double noise = spec.noise();
        double[][] centres = centres(random, k, f);
        double[] inputs = new double[Math.multiplyExact(n, f)];
        int[] labels = new int[n];
        int row = 0;
        for (int c = 0; c < k; c++) {
            int count = Sampling.classCount(n, k, c);
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < f; j++) {
                    inputs[row * f + j] = centres[c][j] + random.nextGaussian() + noise * random.nextGaussian();
                }
                labels[row] = c;
                row++;
            }
        }
        return RawData.ofClasses(inputs, labels, RawData.numberedNames("x", f), RawData.classNames(k));
    }

    /** @return the cluster centres of {@code spec}, {@code classes x features}, the same ones generate uses */
    static double[][] centres(DatasetSpec spec) {
        return centres(Sampling.random(spec), spec.classes(), spec.features());
    }

    private static double[][] centres(SplittableRandom random, int classes, int features) {
        double[][] centres = new double[classes][features];
        for (double[] centre : centres) {
            for (int j = 0; j < features; j++) {
                centre[j] = random.nextDouble(-BOX, BOX);
            }
        }
        return centres;
    }
}
