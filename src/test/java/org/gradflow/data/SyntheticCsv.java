package org.gradflow.data;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A large CSV file produced while it is read, so that gigabyte inputs need no disk: a header {@code x1,...,x7,y}, then
 * rows of 8 numbers in scientific notation with 17 significant digits ({@code +1.2345678901234567e-03}), every row
 * {@value #ROW_BYTES} bytes. The values are a pure function of row and column ({@link #value}). Counts the bytes it
 * has served. Not thread-safe.
 */
final class SyntheticCsv extends InputStream {
    static final int COLUMNS = 8;
    static final int CELL_BYTES = 23;
    static final int ROW_BYTES = COLUMNS * (CELL_BYTES + 1);
    static final byte[] HEADER = "x1,x2,x3,x4,x5,x6,x7,y\n".getBytes(StandardCharsets.US_ASCII);
    private static final long MANTISSA = 10_000_000_000_000_000L;

    private final long rows;
    private final byte[] row = new byte[ROW_BYTES];
    private long nextRow;
    private int pos = 0;
    private int limit;
    private long served;

    /** @param rows number of data rows, at least 0 */
    SyntheticCsv(long rows) {
        this.rows = rows;
        System.arraycopy(HEADER, 0, row, 0, HEADER.length);
        limit = HEADER.length;
    }

    /** @return the data rows needed for a stream of about {@code bytes} bytes */
    static long rowsFor(long bytes) {
        return Math.max(0, (bytes - HEADER.length) / ROW_BYTES);
    }

    /** @return the exact size in bytes of a stream of {@code rows} rows */
    static long size(long rows) {
        return HEADER.length + rows * ROW_BYTES;
    }

    /** @return the value in {@code column} (0-based, 7 = the target y) of data row {@code r} (0-based) */
    static double value(long r, int column) {
        return Double.parseDouble(new String(cell(r, column), StandardCharsets.US_ASCII));
    }

    /** @return bytes handed out so far */
    long served() {
        return served;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        served++;
        return row[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len && fill()) {
            int chunk = Math.min(len - n, limit - pos);
            System.arraycopy(row, pos, b, off + n, chunk);
            pos += chunk;
            n += chunk;
        }
        served += n;
        return n == 0 ? -1 : n;
    }

    /** Makes sure unread bytes are buffered; @return false at the end of the stream */
    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        if (nextRow == rows) {
            return false;
        }
        for (int c = 0; c < COLUMNS; c++) {
            System.arraycopy(cell(nextRow, c), 0, row, c * (CELL_BYTES + 1), CELL_BYTES);
            row[c * (CELL_BYTES + 1) + CELL_BYTES] = (byte) (c == COLUMNS - 1 ? '\n' : ',');
        }
        nextRow++;
        pos = 0;
        limit = ROW_BYTES;
        return true;
    }

    /** The text of one cell, {@value #CELL_BYTES} ASCII bytes: sign, 17 digits with a point after the first, e-0k. */
    private static byte[] cell(long r, int column) {
        long h = (r * 0x9E3779B97F4A7C15L) ^ ((column + 1) * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        byte[] out = new byte[CELL_BYTES];
        out[0] = (byte) ((h & 1) == 0 ? '+' : '-');
        out[1] = (byte) ('1' + (int) ((h >>> 1) & 7));
        out[2] = '.';
        long digits = Math.floorMod(h >>> 4, MANTISSA);
        for (int i = 18; i >= 3; i--) {
            out[i] = (byte) ('0' + digits % 10);
            digits /= 10;
        }
        out[19] = 'e';
        out[20] = '-';
        out[21] = '0';
        out[22] = (byte) ('0' + (int) ((h >>> 60) & 7));
        return out;
    }
}
