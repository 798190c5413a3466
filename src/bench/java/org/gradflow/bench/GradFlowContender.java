package org.gradflow.bench;

import org.gradflow.diagnostics.History;
import org.gradflow.engine.StepStats;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.tensor.Precision;

/**
 * GradFlow's {@link Trainer} in float32. With statistics on, every step measures every per-layer statistic (and
 * histograms every 10 steps); with {@code history}, each step's {@link StepStats} is also recorded into a
 * {@link History} with the default limits, as the app and the {@code gradflow run} command do.
 */
final class GradFlowContender implements Contender {
    private final String name;
    private final Trainer trainer;
    private final History history;
    private double last;

    GradFlowContender(String name, RefConfig config, TrainingData data, boolean statistics, boolean history) {
        this.name = name;
        this.trainer = new Trainer(config.spec(), data, Precision.FLOAT32, statistics);
        this.history = history ? new History() : null;
    }

    Trainer trainer() {
        return trainer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void step() {
        StepStats stats = trainer.step();
        if (history != null) {
            history.record(stats);
        }
        if (stats.nonFinite()) {
            throw new IllegalStateException(name + ": training became non-finite at step " + stats.step()
                    + "; the benchmark's learning rate is too high for this configuration");
        }
        last = stats.loss();
    }

    @Override
    public double check() {
        return last;
    }
}
