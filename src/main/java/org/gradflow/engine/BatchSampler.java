package org.gradflow.engine;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;

/**
 * Draws training batches without replacement: a random permutation of the examples per epoch, consumed in order.
 * The permutation of epoch e depends only on the seed and e, and the position only on how many examples were drawn,
 * so a restored trainer continues with exactly the batches the original would have drawn. Copies rows into
 * preallocated matrices; allocates only when an epoch begins.
 */
final class BatchSampler {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private final Mat inputs;
    private final Mat targets;
    private final int[] order;
    private final long seed;
    private long drawn;
    private long epoch = -1;

    BatchSampler(Mat inputs, Mat targets, long seed) {
        this.inputs = inputs;
        this.targets = targets;
        this.seed = seed;
        this.order = new int[inputs.rows()];
    }

    /** @return how many examples were drawn so far */
    long drawn() {
        return drawn;
    }

    /** Continues as if {@code count} examples had been drawn. */
    void setDrawn(long count) {
        drawn = count;
    }

    private void prepareEpoch(long e) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed + e * GOLDEN);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        epoch = e;
    }

    /** Copies the next {@code rows} examples into the first rows of {@code x} and {@code t}. */
    void next(Mat x, Mat t, int rows) {
        int n = order.length;
        for (int r = 0; r < rows; r++) {
            long e = drawn / n;
            if (e != epoch) {
                prepareEpoch(e);
            }
            int source = order[(int) (drawn % n)];
            drawn++;
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
