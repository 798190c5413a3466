package org.gradflow.data;

import java.util.Arrays;

/** Append-only primitive arrays that grow by half, for streaming rows of unknown count. */
final class GrowableArrays {
    /** Largest array length the JVM reliably allocates. */
    static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private GrowableArrays() {
    }

    /** Doubles. */
    static final class Doubles {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        /** @return the values, trimmed to {@link #size()} */
        double[] toArray() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    /** Ints. */
    static final class Ints {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        /** @return the values, trimmed to {@link #size()} */
        int[] toArray() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    private static int grow(int size) {
        if (size >= MAX_LENGTH) {
            throw new IllegalStateException("more than " + MAX_LENGTH + " values");
        }
        return (int) Math.min(MAX_LENGTH, size + (size >> 1) + 16L);
    }
}
