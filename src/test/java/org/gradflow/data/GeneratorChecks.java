package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;

/** Assertions every generator test shares. */
final class GeneratorChecks {
    private GeneratorChecks() {
    }

    /** A generated spec with the given shape parameters, 20% validation, standardised. */
    static DatasetSpec spec(DatasetKind kind, int samples, double noise, long seed, int classes, int features,
                            int outputs) {
        return new DatasetSpec(kind, samples, noise, seed, classes, features, outputs, null, null, false, true, 0.2,
                true);
    }

    /** Checks row count, widths, names and (for classification) that every target row is one-hot. */
    static void assertWellFormed(RawData data, DatasetSpec spec) {
        assertThat(data.rows()).isEqualTo(spec.samples());
        assertThat(data.inputWidth()).isEqualTo(spec.inputWidth());
        assertThat(data.targetWidth()).isEqualTo(spec.targetWidth());
        assertThat(data.inputNames()).hasSize(spec.inputWidth()).doesNotHaveDuplicates();
        assertThat(data.targetNames()).hasSize(spec.targetWidth()).doesNotHaveDuplicates();
        assertThat(data.classification()).isEqualTo(spec.isClassification());
        assertThat(data.inputsCopy()).hasSize(spec.samples() * spec.inputWidth());
        assertThat(data.targetsCopy()).hasSize(spec.samples() * spec.targetWidth());
        assertThat(Arrays.stream(data.inputsCopy())).allMatch(Double::isFinite);
        assertThat(Arrays.stream(data.targetsCopy())).allMatch(Double::isFinite);
        if (data.classification()) {
            for (int r = 0; r < data.rows(); r++) {
                double sum = 0;
                int ones = 0;
                for (int c = 0; c < data.targetWidth(); c++) {
                    double t = data.target(r, c);
                    assertThat(t).as("target %d,%d", r, c).isIn(0.0, 1.0);
                    sum += t;
                    ones += t == 1 ? 1 : 0;
                }
                assertThat(sum).as("row %d sums to 1", r).isEqualTo(1.0);
                assertThat(ones).isEqualTo(1);
            }
        }
    }

    /** Same spec: identical rows; another seed: different inputs (needs noise or random positions). */
    static void assertDeterministic(Generator generator, DatasetSpec spec) {
        RawData a = generator.generate(spec);
        RawData b = generator.generate(spec);
        assertThat(b.inputsCopy()).isEqualTo(a.inputsCopy());
        assertThat(b.targetsCopy()).isEqualTo(a.targetsCopy());
        DatasetSpec other = new DatasetSpec(spec.kind(), spec.samples(), spec.noise(), spec.seed() + 1,
                spec.classes(), spec.features(), spec.outputs(), null, null, false, true, 0.2, true);
        RawData c = generator.generate(other);
        assertThat(c.inputsCopy()).isNotEqualTo(a.inputsCopy());
    }

    /** @return rows per class */
    static int[] classCounts(RawData data) {
        int[] counts = new int[data.targetWidth()];
        for (int r = 0; r < data.rows(); r++) {
            counts[data.label(r)]++;
        }
        return counts;
    }

    /** @return population standard deviation of {@code values} */
    static double std(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / values.length);
    }

    /** @return element-wise {@code a - b} */
    static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
