package org.gradflow.ui.train;

import java.util.Locale;
import java.util.Objects;
import org.gradflow.cli.NonFiniteReport;
import org.gradflow.engine.StepStats;

/** The plain-words message shown when training stops on a NaN or infinity. */
public final class NonFiniteMessage {
    private NonFiniteMessage() {
    }

    /**
     * @param stats the step that met the non-finite value, not {@code null}
     * @return for example "Training stopped at step 412: a value became NaN or infinite, first in layer 3 of 10; try
     *         a smaller learning rate, ... Everything recorded until then is kept."
     */
    public static String of(StepStats stats) {
        Objects.requireNonNull(stats, "stats");
        return String.format(Locale.ROOT, "Training stopped at step %,d: a value became NaN or infinite, %s. "
                + "Everything recorded until then is kept.", stats.step(), NonFiniteReport.describe(stats));
    }
}
