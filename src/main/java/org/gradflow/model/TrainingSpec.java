package org.gradflow.model;

/**
 * How a network is trained.
 *
 * @param loss the loss, not {@code null}
 * @param optimizer the optimiser, not {@code null}
 * @param clip gradient clipping, not {@code null} (use {@link ClipSpec#NONE})
 * @param l1 L1 penalty coefficient on weights (adds l1 * sum|w| to the objective), at least 0
 * @param l2 L2 penalty coefficient on weights (adds l2 / 2 * sum w^2 to the objective), at least 0
 * @param batchSize examples per micro-batch, 1 to {@value #MAX_BATCH}
 * @param accumulationSteps micro-batches whose gradients are averaged into one update, 1 to {@value #MAX_ACCUMULATION}
 * @param steps number of updates to train, 1 to {@value #MAX_STEPS}
 * @param validationEvery validation loss and accuracy are computed every this many steps, at least 1
 * @param histogramEvery gradient and activation histograms are recorded every this many steps, at least 1
 */
public record TrainingSpec(LossKind loss, OptimizerSpec optimizer, ClipSpec clip, double l1, double l2,
                           int batchSize, int accumulationSteps, long steps, int validationEvery, int histogramEvery) {
    public static final int MAX_BATCH = 65_536;
    public static final int MAX_ACCUMULATION = 1_024;
    public static final long MAX_STEPS = 1_000_000_000L;
    public static final double MAX_PENALTY = 1_000;

    public TrainingSpec {
        Check.notNull("loss", loss);
        Check.notNull("optimizer", optimizer);
        Check.notNull("clip", clip);
        Check.atMost("l1", Check.nonNegative("l1", l1), MAX_PENALTY);
        Check.atMost("l2", Check.nonNegative("l2", l2), MAX_PENALTY);
        Check.intInRange("batchSize", batchSize, 1, MAX_BATCH);
        Check.intInRange("accumulationSteps", accumulationSteps, 1, MAX_ACCUMULATION);
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InvalidSpecException("steps", "must be between 1 and " + MAX_STEPS + ", got " + steps);
        }
        Check.intInRange("validationEvery", validationEvery, 1, Integer.MAX_VALUE);
        Check.intInRange("histogramEvery", histogramEvery, 1, Integer.MAX_VALUE);
    }

    /** Plain training: no clipping, no penalties, no accumulation, validation and histograms every 10 steps. */
    public static TrainingSpec of(LossKind loss, OptimizerSpec optimizer, int batchSize, long steps) {
        return new TrainingSpec(loss, optimizer, ClipSpec.NONE, 0, 0, batchSize, 1, steps, 10, 10);
    }

    public TrainingSpec withOptimizer(OptimizerSpec o) {
        return new TrainingSpec(loss, o, clip, l1, l2, batchSize, accumulationSteps, steps, validationEvery, histogramEvery);
    }

    public TrainingSpec withClip(ClipSpec c) {
        return new TrainingSpec(loss, optimizer, c, l1, l2, batchSize, accumulationSteps, steps, validationEvery, histogramEvery);
    }

    public TrainingSpec withPenalties(double newL1, double newL2) {
        return new TrainingSpec(loss, optimizer, clip, newL1, newL2, batchSize, accumulationSteps, steps, validationEvery,
                histogramEvery);
    }

    public TrainingSpec withAccumulation(int k) {
        return new TrainingSpec(loss, optimizer, clip, l1, l2, batchSize, k, steps, validationEvery, histogramEvery);
    }

    public TrainingSpec withSteps(long n) {
        return new TrainingSpec(loss, optimizer, clip, l1, l2, batchSize, accumulationSteps, n, validationEvery, histogramEvery);
    }
}
