package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Numeric arrays packed into JSON strings: the values' little-endian bytes in base64. Exact (no decimal rounding),
 * about 2.7x smaller than decimal text, can hold NaN and infinities (which JSON numbers cannot), and fast to read.
 */
final class PackedArrays {
    /** The name of this encoding, written into each section that uses it. */
    static final String ENCODING = "base64-little-endian";

    private PackedArrays() {
    }

    static String doubles(double[] v) {
        ByteBuffer b = buffer(v.length * 8L);
        b.asDoubleBuffer().put(v);
        return encode(b);
    }

    static String floats(float[] v) {
        ByteBuffer b = buffer(v.length * 4L);
        b.asFloatBuffer().put(v);
        return encode(b);
    }

    static String longs(long[] v) {
        ByteBuffer b = buffer(v.length * 8L);
        b.asLongBuffer().put(v);
        return encode(b);
    }

    static String ints(int[] v) {
        ByteBuffer b = buffer(v.length * 4L);
        b.asIntBuffer().put(v);
        return encode(b);
    }

    static double[] doubles(JsonNode node, String path, String source) throws ExperimentFileException {
        ByteBuffer b = decode(node, path, source, 8);
        double[] v = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(v);
        return v;
    }

    static float[] floats(JsonNode node, String path, String source) throws ExperimentFileException {
        ByteBuffer b = decode(node, path, source, 4);
        float[] v = new float[b.remaining() / 4];
        b.asFloatBuffer().get(v);
        return v;
    }

    static long[] longs(JsonNode node, String path, String source) throws ExperimentFileException {
        ByteBuffer b = decode(node, path, source, 8);
        long[] v = new long[b.remaining() / 8];
        b.asLongBuffer().get(v);
        return v;
    }

    static int[] ints(JsonNode node, String path, String source) throws ExperimentFileException {
        ByteBuffer b = decode(node, path, source, 4);
        int[] v = new int[b.remaining() / 4];
        b.asIntBuffer().get(v);
        return v;
    }

    private static ByteBuffer buffer(long bytes) {
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array too large to pack: " + bytes + " bytes");
        }
        return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String encode(ByteBuffer b) {
        return Base64.getEncoder().encodeToString(b.array());
    }

    private static ByteBuffer decode(JsonNode node, String path, String source, int elementBytes)
            throws ExperimentFileException {
        if (node == null || !node.isTextual()) {
            throw new ExperimentFileException(source, path, "expected a packed array (a base64 string), got "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new ExperimentFileException(source, path, "is not valid base64: " + e.getMessage(), e);
        }
        if (bytes.length % elementBytes != 0) {
            throw new ExperimentFileException(source, path, "holds " + bytes.length + " bytes, not a whole number of "
                    + elementBytes + "-byte values");
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
