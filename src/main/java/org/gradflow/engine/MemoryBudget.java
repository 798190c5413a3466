package org.gradflow.engine;

import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.InvalidSpecException;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;

/**
 * Estimates the off-heap memory a trainer allocates for a network and refuses networks that would not fit, before
 * anything is allocated. The limit is JavaCPP's off-heap maximum ({@code -Dorg.bytedeco.javacpp.maxbytes}, by default
 * the JVM's {@code -Xmx}), lowered to the physical memory the machine has available when that is smaller.
 */
public final class MemoryBudget {
    private MemoryBudget() {
    }

    /**
     * @param batch examples per pass (the buffers' row count)
     * @return bytes of every matrix the trainer allocates: each parameter with its gradient and two optimiser states,
     *         and per layer up to eleven [batch x units] buffers (pre-activation, activation, their gradients, batch
     *         norm, dropout, residual)
     */
    public static long estimateBytes(NetworkSpec spec, int batch, Precision precision) {
        long element = precision == Precision.FLOAT32 ? 4 : 8;
        long values = 0;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec l = spec.layers().get(i);
            long in = spec.inputWidthOf(i);
            long params = in * l.units() + l.units() + (l.batchNorm() != NormPlacement.NONE ? 4L * l.units() : 0);
            values += 4 * params;
            int buffers = 5 + (l.batchNorm() != NormPlacement.NONE ? 3 : 0) + (l.dropout() > 0 ? 3 : 0);
            values += (long) buffers * batch * l.units();
        }
        values += (long) batch * spec.inputSize() + (long) batch * spec.outputLayer().units();
        return values * element;
    }

    /** @return the number of off-heap bytes a network may use on this JVM and machine */
    public static long limitBytes() {
        long max = Pointer.maxBytes() > 0 ? Pointer.maxBytes() : Runtime.getRuntime().maxMemory();
        long physical = Pointer.availablePhysicalBytes();
        return physical > 0 ? Math.min(max, physical) : max;
    }

    /**
     * @throws InvalidSpecException naming {@code network} with the estimate and the limit when the network would not
     *         fit
     */
    public static void check(NetworkSpec spec, int batch, Precision precision) {
        long need = estimateBytes(spec, batch, precision);
        long limit = limitBytes();
        if (need > limit) {
            throw new InvalidSpecException("network", String.format(Locale.ROOT,
                    "needs about %s of memory for its parameters and buffers (batch %d), but the limit is %s; use fewer "
                            + "or narrower layers or a smaller batch, or raise the limit with -Xmx or "
                            + "-Dorg.bytedeco.javacpp.maxbytes", format(need), batch, format(limit)));
        }
    }

    static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
