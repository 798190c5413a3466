package org.gradflow.engine.tensor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Collects the ND4J arrays that {@link Mat}s allocate on one thread while the arena collects, so that their off-heap
 * memory can be freed together and at once by {@link #close()} instead of whenever the garbage collector runs. The
 * owner (for example a trainer) opens the arena before allocating, {@linkplain #stopCollecting stops collecting}
 * when its buffers are built, and closes it when it is done; no matrix allocated in the arena may be used after that.
 * Not thread-safe: open, use and close it on one thread.
 */
public final class Arena implements AutoCloseable {
    private static final ThreadLocal<Arena> COLLECTING = new ThreadLocal<>();
    private static final AtomicLong OPEN_BYTES = new AtomicLong();
    private final List<INDArray> arrays = new ArrayList<>();
    private long bytes;
    private boolean closed;

    private Arena() {
    }

    /**
     * Opens an arena that collects this thread's matrix allocations until {@link #stopCollecting()}.
     *
     * @throws IllegalStateException when another arena collects on this thread already
     */
    public static Arena open() {
        if (COLLECTING.get() != null) {
            throw new IllegalStateException("an arena already collects on this thread");
        }
        Arena arena = new Arena();
        COLLECTING.set(arena);
        return arena;
    }

    /** Later allocations on this thread are no longer collected (those already collected stay). */
    public void stopCollecting() {
        if (COLLECTING.get() == this) {
            COLLECTING.remove();
        }
    }

    static void collect(INDArray array) {
        Arena arena = COLLECTING.get();
        if (arena != null && array.closeable()) {
            long n = array.length() * array.dataType().width();
            arena.arrays.add(array);
            arena.bytes += n;
            OPEN_BYTES.addAndGet(n);
        }
    }

    /** @return the bytes of off-heap memory this arena holds (0 once closed) */
    public long bytes() {
        return bytes;
    }

    /** @return the arrays this arena holds (0 once closed) */
    public int arrayCount() {
        return arrays.size();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    /**
     * @return the bytes collected by all arenas of this process and not freed by {@link #close()} yet (an arena dropped
     *         without closing is freed by the garbage collector some time later but still counts here)
     */
    public static long openBytes() {
        return OPEN_BYTES.get();
    }

    /** Frees the off-heap memory of every collected array now. Idempotent. */
    @Override
    public void close() {
        stopCollecting();
        if (closed) {
            return;
        }
        closed = true;
        for (INDArray a : arrays) {
            a.close();
        }
        arrays.clear();
        OPEN_BYTES.addAndGet(-bytes);
        bytes = 0;
    }
}
