package org.gradflow.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.gradflow.engine.nn.BatchNorm;
import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.nn.Loss;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.nn.Param;
import org.gradflow.engine.optim.GradientClipper;
import org.gradflow.engine.optim.Optimizer;
import org.gradflow.engine.tensor.Arena;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InvalidSpecException;
import org.gradflow.model.TrainingSpec;

/**
 * Trains a network on one thread, one update per {@link #step()}, and measures every statistic of every layer at
 * every step. All buffers are allocated in the constructor; a step allocates no ND4J memory. Randomness (initial
 * weights, batch order, dropout, RReLU) comes from the experiment's seed, so a run is repeatable bit for bit, and a
 * trainer restored from a {@link #snapshot()} continues exactly as the original would have (when the settings were
 * not changed mid-run).
 * A step that meets NaN or infinity is recorded with {@code nonFinite} set, does not update the weights, and ends
 * the run. Only {@link #changeSettings} may be called from another thread.
 */
public final class Trainer {
    private final ExperimentSpec spec;
    private final boolean statistics;
    private final TrainingSpec training;
    private final Network network;
    private final Loss loss;
    private final Mat targets;
    private final BatchSampler sampler;
    private final Validator validator;
    private final long noiseSeed;
    private final Optimizer optimizer;
    private final GradientClipper clipper;
    private final LayerMeasurements measurements;
    private final ConcurrentLinkedQueue<TrainingSettings> pending = new ConcurrentLinkedQueue<>();
    private volatile SettingsListener settingsListener = (step, applied) -> { };
    private final double[] layerGradSquares;
    private final double[] paramGradSquares;
    private TrainingSettings settings;
    private long steps;
    private long optimizerSteps;
    private boolean stoppedOnNonFinite;
    private final Arena arena;

    /**
     * @param spec the experiment, not {@code null}
     * @param data examples whose widths match the network, not {@code null}
     * @param precision FLOAT32 for training, FLOAT64 for checks; not {@code null}
     * @throws InvalidSpecException when the data's widths do not fit the network
     */
    public Trainer(ExperimentSpec spec, TrainingData data, Precision precision) {
        this(spec, data, precision, true);
    }

    /**
     * As {@link #Trainer(ExperimentSpec, TrainingData, Precision)}; with {@code statistics} false the per-layer
     * statistics, histograms and gradient norms are not measured (their fields are NaN, the layer list empty) unless
     * clipping needs the norms. Only for measuring what the statistics cost: a run without them shows nothing.
     */
    public Trainer(ExperimentSpec spec, TrainingData data, Precision precision, boolean statistics) {
        this.statistics = statistics;
        this.spec = Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(data, "data");
        this.training = spec.training();
        if (data.inputWidth() != spec.network().inputSize()) {
            throw new InvalidSpecException("network.inputSize", "the data has " + data.inputWidth()
                    + " input columns but the network expects " + spec.network().inputSize());
        }
        int outputUnits = spec.network().outputLayer().units();
        if (data.targetWidth() != outputUnits) {
            throw new InvalidSpecException("network.layers[" + (spec.network().layers().size() - 1) + "].units",
                    "the data has " + data.targetWidth() + " target columns but the output layer has " + outputUnits);
        }
        MemoryBudget.check(spec.network(), training.batchSize(), precision);
        BlasThreads.set(BlasThreads.DEFAULT);
        this.arena = Arena.open();
        try {
            SplittableRandom root = new SplittableRandom(spec.seed());
            SplittableRandom initRandom = root.split();
            long batchSeed = root.nextLong();
            this.noiseSeed = root.nextLong();
            int batch = training.batchSize();
            this.network = new Network(spec.network(), precision, batch, initRandom);
            network.collectStatistics(statistics);
            this.loss = Loss.of(training.loss());
            this.targets = Mat.zeros(precision, batch, outputUnits);
            this.sampler = new BatchSampler(Mat.wrap(data.trainInputs()), Mat.wrap(data.trainTargets()), batchSeed);
            this.validator = data.hasValidation()
                    ? new Validator(Mat.wrap(data.validationInputs()), Mat.wrap(data.validationTargets()), targets,
                            data.classification())
                    : null;
            this.settings = TrainingSettings.of(training);
            this.optimizer = new Optimizer(settings.optimizer());
            int layerCount = network.layers().size();
            this.clipper = new GradientClipper(layerCount);
            this.measurements = new LayerMeasurements(spec.network());
            this.layerGradSquares = new double[layerCount];
            this.paramGradSquares = new double[network.params().size()];
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        } finally {
            arena.stopCollecting();
        }
    }

    /**
     * Frees the off-heap memory of the network, its buffers and optimiser state now (rather than at some garbage
     * collection). The trainer is unusable afterwards: {@link #step()}, {@link #snapshot()} and {@link #restore}
     * throw. Training thread only. Idempotent.
     */
    public void close() {
        arena.close();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return arena.isClosed();
    }

    /** @return the off-heap bytes the trainer's buffers hold (0 once closed) */
    public long bufferBytes() {
        return arena.bytes();
    }

    private void checkOpen() {
        if (arena.isClosed()) {
            throw new IllegalStateException("the trainer was closed");
        }
    }

    public ExperimentSpec spec() { return spec; }
    /** @return the network being trained (training thread only) */
    public Network network() {
        checkOpen();
        return network;
    }
    /** @return number of steps taken */
    public long stepCount() { return steps; }
    /** @return the settings the last step used */
    public TrainingSettings settings() { return settings; }
    /** @return whether the run stopped because a value became NaN or infinite */
    public boolean stoppedOnNonFinite() { return stoppedOnNonFinite; }

    /** @return whether the spec's step count is reached or the run stopped on a non-finite value */
    public boolean finished() {
        return stoppedOnNonFinite || steps >= training.steps();
    }

    /**
     * Asks for new settings from any thread. The next step applies every request made since the last step, in order
     * (so the last one wins), and reports each to the {@link SettingsListener}.
     */
    public void changeSettings(TrainingSettings newSettings) {
        pending.add(Objects.requireNonNull(newSettings, "newSettings"));
    }

    /**
     * @param listener told, on the training thread, of every settings change when it takes effect, with the number of
     *        the step it first applies to; not {@code null}
     */
    public void setSettingsListener(SettingsListener listener) {
        this.settingsListener = Objects.requireNonNull(listener, "listener");
    }

    /** @return the learned state (weights, optimiser state, running statistics, step counts), as plain numbers */
    public NetworkState snapshot() {
        checkOpen();
        java.util.Map<String, float[]> tensors = new java.util.LinkedHashMap<>();
        for (Param p : network.params()) {
            tensors.put(p.name(), toFloats(p.value()));
            tensors.put(p.name() + "#state1", toFloats(p.state1()));
            tensors.put(p.name() + "#state2", toFloats(p.state2()));
        }
        for (DenseLayer layer : network.layers()) {
            for (BatchNorm bn : new BatchNorm[] {layer.normBefore(),
                    layer.normAfter()}) {
                if (bn != null) {
                    String name = "layers[" + layer.index() + "].bn";
                    tensors.put(name + ".runningMean", toFloats(bn.runningMean()));
                    tensors.put(name + ".runningVar", toFloats(bn.runningVar()));
                }
            }
        }
        return new NetworkState(steps, optimizerSteps, tensors);
    }

    /**
     * Restores a state taken from a trainer of the same network spec, so training continues where it stopped.
     *
     * @throws IllegalArgumentException naming the first tensor that is missing or has the wrong size; nothing is
     *         changed then
     */
    public void restore(NetworkState state) {
        Objects.requireNonNull(state, "state");
        checkOpen();
        NetworkState current = snapshot();
        for (Map.Entry<String, float[]> e : current.tensors().entrySet()) {
            float[] v = state.tensors().get(e.getKey());
            if (v == null || v.length != e.getValue().length) {
                throw new IllegalArgumentException("saved weights do not fit this network: " + e.getKey()
                        + (v == null ? " is missing" : " has " + v.length + " values, expected " + e.getValue().length));
            }
        }
        if (state.steps() < 0 || state.optimizerSteps() < 0) {
            throw new IllegalArgumentException("saved step counts must not be negative");
        }
        for (Param p : network.params()) {
            fromFloats(p.value(), state.tensors().get(p.name()));
            fromFloats(p.state1(), state.tensors().get(p.name() + "#state1"));
            fromFloats(p.state2(), state.tensors().get(p.name() + "#state2"));
        }
        for (DenseLayer layer : network.layers()) {
            for (BatchNorm bn : new BatchNorm[] {layer.normBefore(),
                    layer.normAfter()}) {
                if (bn != null) {
                    String name = "layers[" + layer.index() + "].bn";
                    fromFloats(bn.runningMean(), state.tensors().get(name + ".runningMean"));
                    fromFloats(bn.runningVar(), state.tensors().get(name + ".runningVar"));
                }
            }
        }
        steps = state.steps();
        optimizerSteps = state.optimizerSteps();
        sampler.setDrawn(steps * training.batchSize() * training.accumulationSteps());
        stoppedOnNonFinite = false;
    }

    private static float[] toFloats(Mat m) {
        float[] out = new float[m.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) m.get(i);
        }
        return out;
    }

    private static void fromFloats(Mat m, float[] values) {
        for (int i = 0; i < values.length; i++) {
            m.set(i, values[i]);
        }
    }

    /**
     * Steps until finished or until {@code stopRequested} answers true, handing each step to {@code listener}.
     * Stop is checked between steps, so it takes effect within one step.
     */
    public void run(StepListener listener, BooleanSupplier stopRequested) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(stopRequested, "stopRequested");
        while (!finished() && !stopRequested.getAsBoolean()) {
            listener.onStep(step());
        }
    }

    /**
     * Takes one update: k micro-batches forward and backward, penalties, statistics, clipping, the optimiser,
     * validation when due.
     *
     * @throws IllegalStateException when {@link #finished()}
     */
    public StepStats step() {
        checkOpen();
        if (finished()) {
            throw new IllegalStateException("the run is finished after " + steps + " steps"
                    + (stoppedOnNonFinite ? " (stopped on a non-finite value)" : ""));
        }
        applyPendingSettings();
        long step = ++steps;
        int batch = training.batchSize();
        int k = training.accumulationSteps();
        // Dropout masks and RReLU slopes of step s depend only on the seed and s, so a restored run repeats them.
        SplittableRandom noise = new SplittableRandom(noiseSeed + step * 0x9E3779B97F4A7C15L);
        double lossSum = 0;
        for (int m = 0; m < k; m++) {
            sampler.next(network.input(), targets, batch);
            network.forward(batch, true, noise);
            lossSum += loss.value(network.outputLayer(), targets, batch);
            boolean given = loss.writeGradient(network.outputLayer(), targets, batch);
            network.backward(batch, given, 1.0 / k, m > 0);
        }
        double lossValue = lossSum / k;
        network.addPenaltyGradients(settings.l1(), settings.l2());

        boolean needNorms = statistics || settings.clip().kind() == ClipKind.LAYER_NORM
                || settings.clip().kind() == ClipKind.GLOBAL_NORM;
        double globalNorm = needNorms ? Math.sqrt(sumLayerGradSquares()) : Double.NaN;
        boolean nonFinite = !Double.isFinite(lossValue) || (needNorms && !Double.isFinite(globalNorm));
        List<LayerHistograms> histograms = List.of();
        if (statistics) {
            nonFinite |= measurements.measureBeforeUpdate(network, batch, paramGradSquares);
            if (isDue(step, training.histogramEvery())) {
                histograms = measurements.histograms(network, batch);
            }
        }

        boolean clipped = false;
        double clippedNorm = globalNorm;
        if (!nonFinite) {
            clipped = clipper.clip(settings.clip(), network.params(), layerGradSquares, globalNorm);
            if (clipped && needNorms) {
                clippedNorm = Math.sqrt(sumLayerGradSquares());
            }
            applyUpdate();
        } else {
            measurements.skipUpdate();
        }
        List<LayerStats> layerStats = List.of();
        if (statistics) {
            layerStats = measurements.measureAfterUpdate(network);
            nonFinite |= layerStats.stream().anyMatch(LayerStats::nonFinite);
        }
        double valLoss = Double.NaN;
        double valAccuracy = Double.NaN;
        if (!nonFinite && validator != null && isDue(step, training.validationEvery())) {
            validator.evaluate(network, loss);
            valLoss = validator.loss;
            valAccuracy = validator.accuracy;
            if (!Double.isFinite(valLoss)) {
                // The updated weights overflow on the validation set. Report that as an infinite loss (NaN would
                // read as "not measured"); an accuracy read from overflowed outputs means nothing. Training goes on:
                // its own batches decide whether it meets NaN.
                valLoss = Double.POSITIVE_INFINITY;
                valAccuracy = Double.NaN;
            }
        }
        stoppedOnNonFinite = nonFinite;
        return new StepStats(step, lossValue, valLoss, valAccuracy, settings.optimizer().learningRate(), globalNorm,
                clippedNorm, clipped, nonFinite, layerStats, histograms);
    }

    private boolean isDue(long step, int every) {
        return step == 1 || step % every == 0 || step == training.steps();
    }

    private void applyUpdate() {
        optimizerSteps++;
        for (Param p : network.params()) {
            boolean weight = p.role() == Param.Role.WEIGHT;
            double change = optimizer.update(p, optimizerSteps, statistics && weight);
            if (statistics && weight) {
                measurements.recordUpdate(p.layer(), change, optimizer.lastOldSquares(), optimizer.lastNewSquares());
            }
        }
    }

    /** Fills {@link #layerGradSquares} and {@link #paramGradSquares} from the current gradients; returns their total. */
    private double sumLayerGradSquares() {
        java.util.Arrays.fill(layerGradSquares, 0);
        double total = 0;
        List<Param> params = network.params();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            double s = p.grad().sumOfSquares();
            paramGradSquares[i] = s;
            layerGradSquares[p.layer()] += s;
            total += s;
        }
        return total;
    }

    private void applyPendingSettings() {
        TrainingSettings next;
        while ((next = pending.poll()) != null) {
            if (optimizer.setSpec(next.optimizer())) {
                for (Param p : network.params()) {
                    p.resetState();
                }
                optimizerSteps = 0;
            }
            settings = next;
            settingsListener.onApplied(steps + 1, next);
        }
    }
}
