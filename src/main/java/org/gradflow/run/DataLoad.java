package org.gradflow.run;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How a run reads its dataset: whether a CSV file may lie outside the experiment's folder, where progress goes and
 * when to give up. The callbacks are called on the thread that loads (the training thread).
 *
 * @param allowExternal whether a CSV path may leave the experiment's folder (absolute, or through {@code ..})
 * @param progress receives the fraction of the data read, 0 to 1 (1 when done); not {@code null}
 * @param cancelled asked now and then while reading; true stops loading with a
 *        {@link org.gradflow.data.LoadCancelledException}; not {@code null}
 */
public record DataLoad(boolean allowExternal, DoubleConsumer progress, BooleanSupplier cancelled) {
    /** Validates the callbacks. */
    public DataLoad {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** @return this load, cancelled also when {@code other} says so; not {@code null} */
    public DataLoad alsoCancelledBy(BooleanSupplier other) {
        Objects.requireNonNull(other, "other");
        return new DataLoad(allowExternal, progress, () -> other.getAsBoolean() || cancelled.getAsBoolean());
    }

    /** @return a load without progress reports or cancellation */
    public static DataLoad plain(boolean allowExternal) {
        return new DataLoad(allowExternal, fraction -> { }, () -> false);
    }
}
