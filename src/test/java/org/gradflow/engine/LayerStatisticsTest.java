package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance check "each statistic is checked against an independent plain-Java computation on a small
 * network". A {@link Trainer} takes a warm-up step and then the step under test; from the weights (and optimiser
 * state) copied before that step, the batch the trainer drew (read from the network's input buffer, targets matched
 * by input row) and, with dropout, the mask it drew, this test recomputes in plain double arrays the whole forward
 * pass, the MSE loss, the backward pass (activations, batch norm and L1/L2 terms written from their textbook
 * definitions), the clipping and the update, and from them every field of {@link StepStats} and {@link LayerStats}
 * and every histogram count. Saturation uses thresholds solved here in closed form.
 */
class LayerStatisticsTest {
    private static final int ROWS = 8;
    private static final int INPUTS = 3;
    private static final int OUTPUTS = 2;
    private static final double LR = 0.1;
    private static final double BN_EPS = 1e-5;
    /** tanh' = 1 - tanh^2 = 0.05 */
    private static final double TANH_EDGE = atanh(Math.sqrt(0.95));
    /** sigma' = sigma (1 - sigma) = 0.05 / 4; negative */
    private static final double SIGMOID_EDGE = logit((1 - Math.sqrt(0.95)) / 2);

    private static double atanh(double t) {
        return 0.5 * Math.log((1 + t) / (1 - t));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    // ---------------------------------------------------------------- cases

    record Case(String name, List<LayerSpec> layers, Precision precision, OptimizerKind optimizer, ClipSpec clip,
                double l1, double l2, long seed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static LayerSpec layer(int units, ActivationSpec act, InitSpec init, double bias) {
        return new LayerSpec(units, act, init, bias, NormPlacement.NONE, 0);
    }

    /** 3 -> 5 tanh (wide init: saturates) -> 4 relu (negative bias: dead units) -> 4 leaky relu -> 2 identity */
    private static List<LayerSpec> dense() {
        return List.of(layer(5, ActivationSpec.of(ActivationKind.TANH), InitSpec.normal(0, 1.5), 0.1),
                layer(4, ActivationSpec.of(ActivationKind.RELU), InitSpec.of(InitKind.HE_NORMAL), -1.0),
                layer(4, ActivationSpec.leakyRelu(0.05), InitSpec.of(InitKind.HE_NORMAL), -1.0),
                layer(OUTPUTS, ActivationSpec.of(ActivationKind.IDENTITY), InitSpec.of(InitKind.XAVIER_NORMAL), 0));
    }

    /** 3 -> 6 sigmoid (wide init) -> 4 tanh -> 2 identity */
    private static List<LayerSpec> sigmoid() {
        return List.of(layer(6, ActivationSpec.of(ActivationKind.SIGMOID), InitSpec.normal(0, 2.5), 0.5),
                layer(4, ActivationSpec.of(ActivationKind.TANH), InitSpec.of(InitKind.XAVIER_NORMAL), 0),
                layer(OUTPUTS, ActivationSpec.of(ActivationKind.IDENTITY), InitSpec.of(InitKind.XAVIER_NORMAL), 0));
    }

    /** 3 -> 5 tanh, BN before -> 4 relu, BN after -> 4 leaky relu with dropout -> 2 identity */
    private static List<LayerSpec> batchNorm() {
        return List.of(layer(5, ActivationSpec.of(ActivationKind.TANH), InitSpec.normal(0, 1), 0.2)
                        .withBatchNorm(NormPlacement.BEFORE_ACTIVATION),
                layer(4, ActivationSpec.of(ActivationKind.RELU), InitSpec.of(InitKind.HE_NORMAL), -0.3)
                        .withBatchNorm(NormPlacement.AFTER_ACTIVATION),
                layer(4, ActivationSpec.leakyRelu(0.1), InitSpec.of(InitKind.HE_NORMAL), 0).withDropout(0.25),
                layer(OUTPUTS, ActivationSpec.of(ActivationKind.IDENTITY), InitSpec.of(InitKind.XAVIER_NORMAL), 0));
    }

    static Stream<Case> cases() {
        ClipSpec none = ClipSpec.NONE;
        return Stream.of(
                new Case("dense float64", dense(), Precision.FLOAT64, OptimizerKind.SGD, none, 0, 0, 22),
                new Case("dense float64 penalties, global norm clipped", dense(), Precision.FLOAT64, OptimizerKind.SGD,
                        new ClipSpec(ClipKind.GLOBAL_NORM, 0.05), 1e-3, 1e-2, 3),
                new Case("dense float64 global norm not reached", dense(), Precision.FLOAT64, OptimizerKind.SGD,
                        new ClipSpec(ClipKind.GLOBAL_NORM, 1e6), 0, 1e-2, 27),
                new Case("dense float64 value clipped, adam", dense(), Precision.FLOAT64, OptimizerKind.ADAM,
                        new ClipSpec(ClipKind.VALUE, 0.02), 1e-3, 0, 12),
                new Case("dense float32 penalties", dense(), Precision.FLOAT32, OptimizerKind.SGD, none, 1e-3, 1e-2, 22),
                new Case("sigmoid float64 layer norm clipped", sigmoid(), Precision.FLOAT64, OptimizerKind.SGD,
                        new ClipSpec(ClipKind.LAYER_NORM, 0.05), 0, 0, 24),
                new Case("sigmoid float32", sigmoid(), Precision.FLOAT32, OptimizerKind.SGD, none, 0, 0, 24),
                new Case("batch norm + dropout float64, layer norm clipped", batchNorm(), Precision.FLOAT64,
                        OptimizerKind.SGD, new ClipSpec(ClipKind.LAYER_NORM, 0.02), 0, 1e-2, 25),
                new Case("batch norm + dropout float64, adam", batchNorm(), Precision.FLOAT64, OptimizerKind.ADAM, none,
                        0, 0, 26),
                new Case("batch norm + dropout float32", batchNorm(), Precision.FLOAT32, OptimizerKind.SGD, none, 0, 0, 25));
    }

    private static ExperimentSpec experiment(Case c) {
        NetworkSpec network = NetworkSpec.of(INPUTS, c.layers());
        DatasetSpec dataset = DatasetSpec.generated(DatasetKind.TEACHER, 100, 0, 1).withFeatures(INPUTS).withOutputs(OUTPUTS);
        OptimizerSpec opt = new OptimizerSpec(c.optimizer(), c.optimizer() == OptimizerKind.ADAM ? 0.01 : LR, 0.9, 0.9,
                0.999, 0.9, 1e-8);
        TrainingSpec training = new TrainingSpec(LossKind.MSE, opt, c.clip(), c.l1(), c.l2(), ROWS, 1, 10, 1, 1);
        return new ExperimentSpec(c.name(), c.seed(), dataset, network, training);
    }

    // ---------------------------------------------------------------- the reference computation

    /** One layer of the plain-Java network; matrices are row-major double arrays, rows = examples. */
    private static final class RefLayer {
        LayerSpec spec;
        int in;
        int out;
        double[] w;
        double[] b;
        double[] gamma;
        double[] beta;
        double[] mask;
        // forward
        double[] x;
        double[] z;
        double[] u;
        double[] a;
        double[] h;
        double[] y;
        double[] bnIn;
        double[] bnMean;
        double[] bnVar;
        // backward
        double[] dZ;
        double[] gW;
        double[] gb;
        double[] gGamma;
        double[] gBeta;

        ActivationKind kind() {
            return spec.activation().kind();
        }

        double f(double v) {
            return switch (kind()) {
                case IDENTITY -> v;
                case TANH -> Math.tanh(v);
                case SIGMOID -> 1 / (1 + Math.exp(-v));
                case RELU -> v > 0 ? v : 0;
                case LEAKY_RELU -> v > 0 ? v : spec.activation().alpha() * v;
                default -> throw new IllegalArgumentException(kind().toString());
            };
        }

        double df(double v) {
            return switch (kind()) {
                case IDENTITY -> 1;
                case TANH -> 1 / (Math.cosh(v) * Math.cosh(v));
                case SIGMOID -> Math.exp(-v) / ((1 + Math.exp(-v)) * (1 + Math.exp(-v)));
                case RELU -> v > 0 ? 1 : 0;
                case LEAKY_RELU -> v > 0 ? 1 : spec.activation().alpha();
                default -> throw new IllegalArgumentException(kind().toString());
            };
        }

        NormPlacement bn() {
            return spec.batchNorm();
        }
    }

    private static double[] bnForward(RefLayer l, double[] v, int rows) {
        int n = l.out;
        l.bnIn = v.clone();
        l.bnMean = new double[n];
        l.bnVar = new double[n];
        double[] o = new double[rows * n];
        for (int j = 0; j < n; j++) {
            double m = 0;
            for (int r = 0; r < rows; r++) {
                m += v[r * n + j];
            }
            m /= rows;
            double var = 0;
            for (int r = 0; r < rows; r++) {
                var += (v[r * n + j] - m) * (v[r * n + j] - m);
            }
            var /= rows;
            l.bnMean[j] = m;
            l.bnVar[j] = var;
            for (int r = 0; r < rows; r++) {
                o[r * n + j] = l.gamma[j] * (v[r * n + j] - m) / Math.sqrt(var + BN_EPS) + l.beta[j];
            }
        }
        return o;
    }

    /** Ioffe and Szegedy's backward pass; fills gGamma and gBeta. */
    private static double[] bnBackward(RefLayer l, double[] dy, int rows) {
        int n = l.out;
        double[] dx = new double[rows * n];
        l.gGamma = new double[n];
        l.gBeta = new double[n];
        for (int j = 0; j < n; j++) {
            double m = l.bnMean[j];
            double var = l.bnVar[j];
            double inv = 1 / Math.sqrt(var + BN_EPS);
            double dvar = 0;
            double dmean = 0;
            double sumCentered = 0;
            for (int r = 0; r < rows; r++) {
                double xc = l.bnIn[r * n + j] - m;
                double dxhat = dy[r * n + j] * l.gamma[j];
                dvar += dxhat * xc * -0.5 * Math.pow(var + BN_EPS, -1.5);
                dmean -= dxhat * inv;
                sumCentered += -2 * xc;
                l.gGamma[j] += dy[r * n + j] * xc * inv;
                l.gBeta[j] += dy[r * n + j];
            }
            dmean += dvar * sumCentered / rows;
            for (int r = 0; r < rows; r++) {
                double xc = l.bnIn[r * n + j] - m;
                dx[r * n + j] = dy[r * n + j] * l.gamma[j] * inv + dvar * 2 * xc / rows + dmean / rows;
            }
        }
        return dx;
    }

    /** Forward, MSE loss and backward over {@code rows} examples; returns the loss. */
    private static double forwardBackward(List<RefLayer> net, double[] input, double[] target, int rows, double l1, double l2) {
        double[] x = input;
        for (RefLayer l : net) {
            l.x = x;
            l.z = new double[rows * l.out];
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < l.out; j++) {
                    double s = l.b[j];
                    for (int i = 0; i < l.in; i++) {
                        s += x[r * l.in + i] * l.w[i * l.out + j];
                    }
                    l.z[r * l.out + j] = s;
                }
            }
            l.u = l.bn() == NormPlacement.BEFORE_ACTIVATION ? bnForward(l, l.z, rows) : l.z;
            l.a = new double[rows * l.out];
            for (int i = 0; i < l.a.length; i++) {
                l.a[i] = l.f(l.u[i]);
            }
            l.h = l.bn() == NormPlacement.AFTER_ACTIVATION ? bnForward(l, l.a, rows) : l.a;
            l.y = l.h.clone();
            if (l.mask != null) {
                for (int i = 0; i < l.y.length; i++) {
                    l.y[i] = l.h[i] * l.mask[i];
                }
            }
            x = l.y;
        }
        RefLayer last = net.get(net.size() - 1);
        int n = rows * last.out;
        double loss = 0;
        double[] dOut = new double[n];
        for (int i = 0; i < n; i++) {
            double d = last.a[i] - target[i];
            loss += d * d / n;
            dOut[i] = 2 * d / n;
        }
        for (int k = net.size() - 1; k >= 0; k--) {
            RefLayer l = net.get(k);
            double[] dH = dOut.clone();
            if (l.mask != null) {
                for (int i = 0; i < dH.length; i++) {
                    dH[i] *= l.mask[i];
                }
            }
            double[] dA = l.bn() == NormPlacement.AFTER_ACTIVATION ? bnBackward(l, dH, rows) : dH;
            double[] dU = new double[dA.length];
            for (int i = 0; i < dU.length; i++) {
                dU[i] = dA[i] * l.df(l.u[i]);
            }
            l.dZ = l.bn() == NormPlacement.BEFORE_ACTIVATION ? bnBackward(l, dU, rows) : dU;
            l.gW = new double[l.in * l.out];
            l.gb = new double[l.out];
            for (int i = 0; i < l.in; i++) {
                for (int j = 0; j < l.out; j++) {
                    double s = 0;
                    for (int r = 0; r < rows; r++) {
                        s += l.x[r * l.in + i] * l.dZ[r * l.out + j];
                    }
                    l.gW[i * l.out + j] = s + l1 * Math.signum(l.w[i * l.out + j]) + l2 * l.w[i * l.out + j];
                }
            }
            for (int j = 0; j < l.out; j++) {
                for (int r = 0; r < rows; r++) {
                    l.gb[j] += l.dZ[r * l.out + j];
                }
            }
            double[] dX = new double[rows * l.in];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < l.in; i++) {
                    double s = 0;
                    for (int j = 0; j < l.out; j++) {
                        s += l.dZ[r * l.out + j] * l.w[i * l.out + j];
                    }
                    dX[r * l.in + i] = s;
                }
            }
            dOut = dX;
        }
        return loss;
    }

    private static double sumSq(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    private static double norm(double[] v) {
        return Math.sqrt(sumSq(v));
    }

    private static double[] first(Mat m, int n) {
        double[] all = m.toArray();
        return java.util.Arrays.copyOf(all, n);
    }

    /** The arrays of one layer's parameters in network order: W, b, then gamma, beta when present. */
    private static List<double[]> grads(RefLayer l) {
        List<double[]> g = new ArrayList<>(List.of(l.gW, l.gb));
        if (l.gamma != null) {
            g.add(l.gGamma);
            g.add(l.gBeta);
        }
        return g;
    }

    // ---------------------------------------------------------------- independent histogram binning

    private static Histogram gradientHistogram(double[] g) {
        long[] counts = new long[64];
        long zeros = 0;
        long nonFinite = 0;
        for (double v : g) {
            if (v == 0) {
                zeros++;
            } else if (!Double.isFinite(v)) {
                nonFinite++;
            } else {
                // bins of a quarter decade from 1e-12 to 1e4, outliers into the end bins
                int bin = 0;
                for (int k = 1; k < 64; k++) {
                    if (Math.abs(v) >= Math.pow(10, -12 + k / 4.0)) {
                        bin = k;
                    }
                }
                counts[bin]++;
            }
        }
        return new Histogram(counts, zeros, nonFinite);
    }

    private static Histogram activationHistogram(double[] a) {
        long[] counts = new long[100];
        long nonFinite = 0;
        for (double v : a) {
            if (!Double.isFinite(v)) {
                nonFinite++;
                continue;
            }
            int bin = 0; // bins of 0.1 over [-5, 5), outliers into the end bins
            for (int k = 1; k < 100; k++) {
                if (v >= -5 + k / 10.0) {
                    bin = k;
                }
            }
            counts[bin]++;
        }
        return new Histogram(counts, 0, nonFinite);
    }

    // ---------------------------------------------------------------- the test

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStatisticMatchesAnIndependentComputation(Case c) {
        boolean exact = c.precision() == Precision.FLOAT64;
        double rel = exact ? 1e-9 : 2e-4;
        double abs = exact ? 1e-12 : 1e-6;
        TrainingData data = TestData.regression(ROWS, INPUTS, OUTPUTS, c.seed() * 31);
        Trainer trainer = new Trainer(experiment(c), data, c.precision());
        trainer.step(); // warm-up: the checked step starts from trained weights and, for Adam, non-zero moments
        Network net = trainer.network();

        List<double[]> before = new ArrayList<>();
        List<double[]> state1 = new ArrayList<>();
        List<double[]> state2 = new ArrayList<>();
        for (Param p : net.params()) {
            before.add(p.value().toArray());
            state1.add(p.state1().toArray());
            state2.add(p.state2().toArray());
        }
        StepStats stats = trainer.step();

        // the batch the trainer drew: all ROWS examples in its shuffled order; targets matched by input row
        double[] input = first(net.input(), ROWS * INPUTS);
        double[] target = new double[ROWS * OUTPUTS];
        boolean[] used = new boolean[ROWS];
        for (int r = 0; r < ROWS; r++) {
            int match = -1;
            for (int d = 0; d < ROWS; d++) {
                boolean same = true;
                for (int i = 0; i < INPUTS; i++) {
                    same &= data.trainInputs().getDouble(d, i) == input[r * INPUTS + i];
                }
                if (same) {
                    match = d;
                }
            }
            assertThat(match).as("input row %d comes from the data", r).isGreaterThanOrEqualTo(0);
            assertThat(used[match]).as("each example once per epoch").isFalse();
            used[match] = true;
            for (int j = 0; j < OUTPUTS; j++) {
                target[r * OUTPUTS + j] = data.trainTargets().getDouble(match, j);
            }
        }

        // the plain-Java network with the weights from before the step
        List<RefLayer> ref = new ArrayList<>();
        int p = 0;
        for (DenseLayer dl : net.layers()) {
            RefLayer l = new RefLayer();
            l.spec = dl.spec();
            l.in = dl.inputWidth();
            l.out = dl.units();
            l.w = before.get(p++);
            l.b = before.get(p++);
            if (l.bn() != NormPlacement.NONE) {
                l.gamma = before.get(p++);
                l.beta = before.get(p++);
            }
            if (l.spec.dropout() > 0) {
                l.mask = first(dl.dropoutMask(), ROWS * l.out);
                double keep = 1 / (1 - l.spec.dropout());
                assertThat(java.util.Arrays.stream(l.mask)).allMatch(m -> m == 0 || Math.abs(m - keep) < 1e-6);
                assertThat(l.mask).contains(0.0);
            }
            ref.add(l);
        }
        assertThat(p).isEqualTo(net.params().size());
        double loss = forwardBackward(ref, input, target, ROWS, c.l1(), c.l2());

        // clipping, by hand
        List<double[]> clippedGrads = new ArrayList<>();
        for (RefLayer l : ref) {
            for (double[] g : grads(l)) {
                clippedGrads.add(g.clone());
            }
        }
        double globalSq = 0;
        double[] layerSq = new double[ref.size()];
        for (int k = 0; k < ref.size(); k++) {
            for (double[] g : grads(ref.get(k))) {
                layerSq[k] += sumSq(g);
            }
            globalSq += layerSq[k];
        }
        double globalNorm = Math.sqrt(globalSq);
        boolean clipped = false;
        double t = c.clip().threshold();
        int q = 0;
        for (int k = 0; k < ref.size(); k++) {
            for (int gi = 0; gi < grads(ref.get(k)).size(); gi++) {
                double[] g = clippedGrads.get(q++);
                for (int i = 0; i < g.length; i++) {
                    switch (c.clip().kind()) {
                        case NONE -> { }
                        case VALUE -> {
                            if (Math.abs(g[i]) > t) {
                                g[i] = Math.copySign(t, g[i]);
                                clipped = true;
                            }
                        }
                        case LAYER_NORM -> {
                            if (Math.sqrt(layerSq[k]) > t) {
                                g[i] *= t / Math.sqrt(layerSq[k]);
                                clipped = true;
                            }
                        }
                        case GLOBAL_NORM -> {
                            if (globalNorm > t) {
                                g[i] *= t / globalNorm;
                                clipped = true;
                            }
                        }
                    }
                }
            }
        }
        double clippedNorm = Math.sqrt(clippedGrads.stream().mapToDouble(LayerStatisticsTest::sumSq).sum());
        if (c.clip().kind() != ClipKind.NONE && t < 1) {
            assertThat(clipped).as("this case is meant to clip").isTrue();
        }

        // the optimiser step, by hand
        OptimizerSpec opt = trainer.settings().optimizer();
        List<double[]> expectedAfter = new ArrayList<>();
        for (int k = 0; k < before.size(); k++) {
            double[] w = before.get(k).clone();
            double[] g = clippedGrads.get(k);
            for (int i = 0; i < w.length; i++) {
                if (c.optimizer() == OptimizerKind.SGD) {
                    w[i] -= opt.learningRate() * g[i];
                } else { // Adam at its second update
                    double m = opt.beta1() * state1.get(k)[i] + (1 - opt.beta1()) * g[i];
                    double v = opt.beta2() * state2.get(k)[i] + (1 - opt.beta2()) * g[i] * g[i];
                    w[i] -= opt.learningRate() * (m / (1 - Math.pow(opt.beta1(), 2)))
                            / (Math.sqrt(v / (1 - Math.pow(opt.beta2(), 2))) + opt.epsilon());
                }
            }
            expectedAfter.add(w);
        }
        List<double[]> after = net.params().stream().map(par -> par.value().toArray()).toList();
        for (int k = 0; k < after.size(); k++) {
            String name = net.params().get(k).name();
            double[] delta = new double[after.get(k).length];
            double[] expectedDelta = new double[delta.length];
            for (int i = 0; i < delta.length; i++) {
                delta[i] = after.get(k)[i] - before.get(k)[i];
                expectedDelta[i] = expectedAfter.get(k)[i] - before.get(k)[i];
            }
            // Adam divides by sqrt(v) + 1e-8, which turns rounding noise in a gradient that should be 0 (the bias
            // before batch norm) into updates of about 1e-11; hence the absolute slack
            double updateAbs = c.optimizer() == OptimizerKind.ADAM ? 1e-9 : abs;
            assertThat(norm(delta)).as("%s: applied update", name)
                    .isCloseTo(norm(expectedDelta), within((exact ? 1e-9 : 2e-3) * norm(expectedDelta) + updateAbs));
            double[] g = net.params().get(k).grad().toArray();
            for (int i = 0; i < g.length; i++) {
                assertThat(g[i]).as("%s gradient[%d] after clipping", name, i)
                        .isCloseTo(clippedGrads.get(k)[i], within(rel * Math.abs(clippedGrads.get(k)[i]) + abs));
            }
        }

        // StepStats
        assertThat(stats.step()).isEqualTo(2);
        assertThat(stats.nonFinite()).isFalse();
        assertThat(stats.loss()).as("loss").isCloseTo(loss, within(rel * loss));
        assertThat(stats.learningRate()).isEqualTo(opt.learningRate());
        assertThat(stats.gradNormGlobal()).as("global norm").isCloseTo(globalNorm, within(rel * globalNorm));
        assertThat(stats.clipped()).as("clipped").isEqualTo(clipped);
        assertThat(stats.gradNormGlobalClipped()).as("clipped global norm").isCloseTo(clippedNorm, within(rel * clippedNorm));
        assertThat(stats.valLoss()).as("no validation set").isNaN();
        assertThat(stats.layers()).hasSize(ref.size());
        assertThat(stats.histograms()).hasSize(ref.size());

        // LayerStats and histograms
        int paramIndex = 0;
        for (int k = 0; k < ref.size(); k++) {
            RefLayer l = ref.get(k);
            LayerStats s = stats.layers().get(k);
            DenseLayer dl = net.layers().get(k);
            String at = c.name() + " layer " + k + " ";
            int n = ROWS * l.out;
            // the network's forward buffers hold the same pass
            double[] h = first(dl.normalizedOutput(), n);
            double[] u = first(dl.activationInput(), n);
            for (int i = 0; i < n; i++) {
                assertThat(u[i]).as(at + "u[%d]", i).isCloseTo(l.u[i], within(rel * Math.abs(l.u[i]) + abs));
                assertThat(h[i]).as(at + "h[%d]", i).isCloseTo(l.h[i], within(rel * Math.abs(l.h[i]) + abs));
            }

            assertThat(s.gradNormW()).as(at + "grad_norm_w").isCloseTo(norm(l.gW), within(rel * norm(l.gW) + abs));
            assertThat(s.gradNormB()).as(at + "grad_norm_b").isCloseTo(norm(l.gb), within(rel * norm(l.gb) + abs));
            if (l.bn() == NormPlacement.BEFORE_ACTIVATION) {
                assertThat(s.gradNormB()).as(at + "a bias followed by batch norm gets no gradient")
                        .isLessThan((exact ? 1e-9 : 1e-4) * s.gradNormW());
            }
            assertThat(s.signalNorm()).as(at + "signal_norm").isCloseTo(norm(l.dZ), within(rel * norm(l.dZ) + abs));

            double[] wBefore = before.get(paramIndex);
            double[] wAfter = after.get(paramIndex);
            double[] diff = new double[wBefore.length];
            for (int i = 0; i < diff.length; i++) {
                diff[i] = wAfter[i] - wBefore[i];
            }
            double ratio = norm(diff) / norm(wBefore);
            assertThat(s.updateRatio()).as(at + "update_ratio").isCloseTo(ratio, within((exact ? 1e-9 : 2e-3) * ratio));
            assertThat(s.weightNorm()).as(at + "weight_norm").isCloseTo(norm(wAfter), within(1e-12 * norm(wAfter)));
            paramIndex += l.gamma != null ? 4 : 2;

            double mean = 0;
            for (double v : l.h) {
                mean += v / n;
            }
            double var = 0;
            for (double v : l.h) {
                var += (v - mean) * (v - mean) / n;
            }
            assertThat(s.actMean()).as(at + "act_mean").isCloseTo(mean, within(rel * Math.abs(mean) + abs));
            assertThat(s.actStd()).as(at + "act_std").isCloseTo(Math.sqrt(var), within(rel * Math.sqrt(var) + abs));

            double low;
            double high;
            switch (l.kind()) {
                case TANH -> {
                    low = -TANH_EDGE;
                    high = TANH_EDGE;
                }
                case SIGMOID -> {
                    low = SIGMOID_EDGE;
                    high = -SIGMOID_EDGE;
                }
                default -> {
                    low = Double.NaN;
                    high = Double.NaN;
                }
            }
            if (Double.isNaN(low)) {
                assertThat(s.saturation()).as(at + "saturation not defined").isNaN();
            } else {
                int count = 0;
                for (double v : l.u) {
                    if (v < low || v > high) {
                        count++;
                    }
                }
                assertThat(s.saturation()).as(at + "saturation").isEqualTo((double) count / n);
            }

            if (l.kind() == ActivationKind.RELU || l.kind() == ActivationKind.LEAKY_RELU) {
                int dead = 0;
                for (int j = 0; j < l.out; j++) {
                    boolean alive = false;
                    for (int r = 0; r < ROWS; r++) {
                        double v = l.kind() == ActivationKind.RELU ? l.a[r * l.out + j] : l.u[r * l.out + j];
                        alive |= l.kind() == ActivationKind.RELU ? v != 0 : v >= 0;
                    }
                    if (!alive) {
                        dead++;
                    }
                }
                assertThat(s.deadFraction()).as(at + "dead_fraction").isEqualTo((double) dead / l.out);
            } else {
                assertThat(s.deadFraction()).as(at + "dead_fraction not defined").isNaN();
            }
            assertThat(s.nonFinite()).isFalse();

            // histograms: in float64 from the reference values; in float32 the buffers' own values, binned here
            // (the gradient buffer still holds the histogrammed gradient because these cases do not clip)
            LayerHistograms hist = stats.histograms().get(k);
            double[] gradSource = exact ? l.gW : dl.weights().grad().toArray();
            double[] actSource = exact ? l.h : h;
            assertThat(hist.weightGradients()).as(at + "gradient histogram").isEqualTo(gradientHistogram(gradSource));
            assertThat(hist.activations()).as(at + "activation histogram").isEqualTo(activationHistogram(actSource));
        }
    }

    /** The counts checked above are only convincing if they are neither all 0 nor all 1 (and zeros do occur). */
    @Test
    void theDenseCaseHasPartlySaturatedAndPartlyDeadLayers() {
        List<StepStats> steps = new ArrayList<>();
        Case c = cases().findFirst().orElseThrow();
        Trainer trainer = new Trainer(experiment(c), TestData.regression(ROWS, INPUTS, OUTPUTS, c.seed() * 31), c.precision());
        steps.add(trainer.step());
        steps.add(trainer.step());
        LayerStats tanh = steps.get(1).layers().get(0);
        LayerStats relu = steps.get(1).layers().get(1);
        LayerStats leaky = steps.get(1).layers().get(2);
        assertThat(tanh.saturation()).isStrictlyBetween(0.0, 1.0);
        assertThat(relu.deadFraction()).isStrictlyBetween(0.0, 1.0);
        assertThat(leaky.deadFraction()).isStrictlyBetween(0.0, 1.0);
        // a dead ReLU unit's incoming weights get gradients of exactly 0, which the histogram counts apart
        assertThat(steps.get(1).histograms().get(1).weightGradients().zeros()).isPositive();
    }
}
