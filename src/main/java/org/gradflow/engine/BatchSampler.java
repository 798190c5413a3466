package org.gradflow.engine;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;

/**
 * Draws training batches without replacement: a fresh random permutation of the examples every epoch, consumed in
 * order. Copies rows into preallocated matrices, so sampling allocates nothing.
 */
final class BatchSampler {
    private final Mat inputs;
    private final Mat targets;
    private final int[] order;
    private final SplittableRandom random;
    private int position;

    BatchSampler(Mat inputs, Mat targets, SplittableRandom random) {
        this.inputs = inputs;
        this.targets = targets;
        this.random = random;
        this.order = new int[inputs.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle();
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        position = 0;
    }

    /** Copies the next {@code rows} examples into the first rows of {@code x} and {@code t}. */
    void next(Mat x, Mat t, int rows) {
        for (int r = 0; r < rows; r++) {
            if (position == order.length) {
                shuffle();
            }
            int source = order[position++];
            copyRow(inputs, source, x, r);
            copyRow(targets, source, t, r);
        }
    }

    static void copyRow(Mat from, int fromRow, Mat to, int toRow) {
        int cols = from.cols();
        int a = fromRow * cols;
        int b = toRow * cols;
        for (int c = 0; c < cols; c++) {
            to.set(b + c, from.get(a + c));
        }
    }
}
