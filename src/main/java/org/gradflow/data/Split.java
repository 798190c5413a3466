package org.gradflow.data;

import java.util.SplittableRandom;

/**
 * The train/validation split as plain Java: a seeded shuffle of the row indices, of which the first
 * {@code rows - validationRows} are for training and the rest for validation.
 */
public final class Split {
    /** Mixed into the seed so that the shuffle is not correlated with the generators' streams. */
    private static final long SHUFFLE_SALT = 0x5DEECE66DL;

    private Split() {
    }

    /**
     * How many rows are held out: {@code round(rows * fraction)}, but at least 1 when {@code fraction > 0} and
     * {@code rows >= 2}, and always leaving at least 1 row for training.
     *
     * @param rows number of rows, at least 1
     * @param fraction share to hold out, in [0, 1)
     * @return validation rows, in [0, rows - 1]
     */
    public static int validationRows(int rows, double fraction) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        }
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be in [0, 1), got " + fraction);
        }
        if (fraction == 0) {
            return 0;
        }
        long held = Math.max(1, Math.round(rows * fraction));
        return (int) Math.min(held, rows - 1L);
    }

    /**
     * A random permutation of {@code 0 .. rows - 1} (Fisher-Yates), the same for the same arguments.
     *
     * @param rows number of rows, at least 0
     * @param seed the seed (the dataset spec's)
     * @return the shuffled row indices, a new array
     */
    public static int[] shuffledOrder(int rows, long seed) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, got " + rows);
        }
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ SHUFFLE_SALT);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
