package org.gradflow.engine;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random training data for engine tests: standard-normal inputs and targets (or one-hot classes). */
final class TestData {
    private TestData() {
    }

    static INDArray gaussian(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, DataType.FLOAT);
    }

    static INDArray oneHot(int rows, int classes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[rows * classes];
        for (int i = 0; i < rows; i++) {
            v[i * classes + r.nextInt(classes)] = 1;
        }
        return Nd4j.create(v, new long[] {rows, classes}, DataType.FLOAT);
    }

    /** Regression data without a validation set. */
    static TrainingData regression(int rows, int inputs, int outputs, long seed) {
        return new TrainingData(gaussian(rows, inputs, seed), gaussian(rows, outputs, seed + 1), null, null, false);
    }

    /** A learnable regression problem: targets are a fixed random linear map of the inputs. */
    static TrainingData linear(int rows, int inputs, int outputs, long seed) {
        INDArray x = gaussian(rows, inputs, seed);
        INDArray map = gaussian(inputs, outputs, seed + 1).divi(Math.sqrt(inputs));
        return new TrainingData(x, x.mmul(map), null, null, false);
    }

    /** Classification data with a validation set of a quarter the size. */
    static TrainingData classification(int rows, int inputs, int classes, long seed) {
        return new TrainingData(gaussian(rows, inputs, seed), oneHot(rows, classes, seed + 1),
                gaussian(rows / 4, inputs, seed + 2), oneHot(rows / 4, classes, seed + 3), true);
    }
}
