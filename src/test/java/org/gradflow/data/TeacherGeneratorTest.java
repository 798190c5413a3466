package org.gradflow.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.junit.jupiter.api.Test;

class TeacherGeneratorTest {
    private final TeacherGenerator generator = new TeacherGenerator();

    private static DatasetSpec spec(int samples, double noise, long seed, int features, int outputs) {
        return GeneratorChecks.spec(DatasetKind.TEACHER, samples, noise, seed, 2, features, outputs);
    }

    @Test
    void shapesAndNames() {
        DatasetSpec spec = spec(50, 0.1, 1, 5, 3);
        RawData data = generator.generate(spec);
        GeneratorChecks.assertWellFormed(data, spec);
        assertThat(data.inputNames()).containsExactly("x1", "x2", "x3", "x4", "x5");
        assertThat(data.targetNames()).containsExactly("y1", "y2", "y3");
    }

    @Test
    void deterministicPerSeed() {
        GeneratorChecks.assertDeterministic(generator, spec(50, 0, 1, 4, 2));
    }

    @Test
    void withoutNoiseTargetsAreTheTeachersOutputs() {
        DatasetSpec spec = spec(300, 0, 4, 6, 3);
        RawData data = generator.generate(spec);
        TeacherGenerator.Teacher teacher = TeacherGenerator.teacher(spec);
        assertThat(teacher.w1()).hasDimensions(TeacherGenerator.HIDDEN, 6);
        assertThat(teacher.w2()).hasDimensions(3, TeacherGenerator.HIDDEN);
        for (int row = 0; row < data.rows(); row++) {
            double[] hidden = new double[TeacherGenerator.HIDDEN];
            for (int h = 0; h < hidden.length; h++) {
                double z = teacher.b1()[h];
                for (int j = 0; j < 6; j++) {
                    z += teacher.w1()[h][j] * data.input(row, j);
                }
                hidden[h] = Math.tanh(z);
            }
            for (int o = 0; o < 3; o++) {
                double y = 0;
                for (int h = 0; h < hidden.length; h++) {
                    y += teacher.w2()[o][h] * hidden[h];
                }
                assertThat(data.target(row, o)).isCloseTo(y, within(1e-12));
            }
        }
    }

    @Test
    void inputsAreStandardNormalAndTargetsVary() {
        RawData data = generator.generate(spec(5000, 0, 5, 2, 1));
        double[] inputs = data.inputsCopy();
        assertThat(Arrays.stream(inputs).average().orElseThrow()).isCloseTo(0, within(0.04));
        assertThat(GeneratorChecks.std(inputs)).isCloseTo(1, within(0.03));
        assertThat(GeneratorChecks.std(data.targetsCopy())).isGreaterThan(0.1);
    }

    @Test
    void noiseIsGaussianWithThatStandardDeviation() {
        RawData clean = generator.generate(spec(5000, 0, 8, 3, 2));
        RawData noisy = generator.generate(spec(5000, 0.3, 8, 3, 2));
        assertThat(noisy.inputsCopy()).isEqualTo(clean.inputsCopy());
        double[] residuals = GeneratorChecks.minus(noisy.targetsCopy(), clean.targetsCopy());
        assertThat(GeneratorChecks.std(residuals)).isCloseTo(0.3, within(0.01));
    }

    @Test
    void theTeacherDependsOnTheSeedOnlyAndLaterRowsDoNotChangeEarlierOnes() {
        DatasetSpec small = spec(10, 0.1, 3, 4, 2);
        DatasetSpec large = spec(20, 0.1, 3, 4, 2);
        assertThat(TeacherGenerator.teacher(large).w1()).isEqualTo(TeacherGenerator.teacher(small).w1());
        assertThat(TeacherGenerator.teacher(spec(10, 0.1, 4, 4, 2)).w1())
                .isNotEqualTo(TeacherGenerator.teacher(small).w1());
        double[] first = Arrays.copyOf(generator.generate(large).targetsCopy(), 20);
        assertThat(first).isEqualTo(generator.generate(small).targetsCopy());
    }
}
