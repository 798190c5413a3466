package org.gradflow.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Cross-check with a second implementation: for dense networks (7 -> 9 -> 6 -> 8 -> 5 -> 3, four hidden layers of
 * sigmoid, tanh or ReLU; MSE with an identity output layer, or softmax cross-entropy with a softmax output layer),
 * every layer's W and b gradient computed by GradFlow in {@link Precision#FLOAT32} equals the one computed by
 * Deeplearning4j 1.0.0-M2.1's {@link MultiLayerNetwork} (data type FLOAT) given identical weights, biases and batch
 * of 16, to float precision; the outputs and loss values agree too. The same comparison in
 * {@link Precision#FLOAT64} against DL4J in DOUBLE pins the agreement down to double rounding, so that no
 * formula difference can hide below float rounding.
 *
 * <p>Scaling facts of DL4J 1.0.0-M2.1 (checked in the bytecode of the nd4j-api and deeplearning4j-nn 1.0.0-M2.1 jars
 * and read in the sources of github.com/deeplearning4j/deeplearning4j; confirmed by this test):
 * <ul>
 * <li>Gradients are batch <em>sums</em>: {@code MultiLayerNetwork.computeGradientAndScore()} returns the gradient of
 * the summed per-example loss. With {@code miniBatch(true)} the division by the batch size happens only later, in
 * {@code BaseMultiLayerUpdater.update(...)} via {@code divideByMinibatch}, i.e. while fitting. So DL4J's gradient is
 * exactly B times GradFlow's (whose loss is a batch mean); the test divides DL4J's by B = {@value #BATCH}.</li>
 * <li>MSE: {@code LossL2.computeGradient} gives dL/da = 2 (a - t) and {@code LossMSE.computeGradient} divides it by
 * {@code labels.size(1)} = nOut; {@code LossMSE.computeScore} likewise divides LossL2's score (sum of squares) by
 * nOut. With the batch sum this is GradFlow's 2 (a - t) / (B nOut) times B.</li>
 * <li>MCXENT with softmax: {@code LossMCXENT.computeGradient} gives dL/dz = softmax(z) - t directly (no 1/B). Its
 * score clips probabilities to [1e-10, 1 - 1e-10] before the log, which does not matter for the moderate logits
 * here.</li>
 * <li>Score: {@code BaseOutputLayer.computeScore(fullNetRegTerm, training, workspaceMgr)} calls the loss function
 * with {@code average = false}, divides by the minibatch size when {@code conf.isMiniBatch()}, then adds the (here
 * zero) regularisation term. So {@code score()} equals GradFlow's {@link Loss#value} with factor 1 for both losses:
 * the mean over the batch (and, for MSE, over the outputs).</li>
 * </ul>
 *
 * <p>Tolerance in float32 (unit roundoff 6e-8): the two implementations sum in different orders (GradFlow's BLAS
 * calls on row-major buffers, DL4J's on column-major parameter views) through up to five layers, and each differs
 * from a float64 computation by a few 1e-7 of the tensor's largest entry; so do they from each other (at most about
 * 7e-7 of it). Rounding errors are absolute errors at the scale of the terms being summed, so an entry that results
 * from cancellation, far below its tensor's largest entry, has a large relative error (up to 1e-4 for entries 1000
 * times smaller than the largest). An element is therefore compared with {@code |a - b| / max(|a|, |b|, floor)}
 * where {@code floor} is {@value #FLOOR_FRACTION} times the largest magnitude in the same gradient tensor, against
 * {@value #FLOAT_ELEMENT_TOLERANCE} (worst observed about 3.5e-5); the difference's Frobenius norm must be below
 * {@value #FLOAT_NORM_TOLERANCE} of the tensor's norm (worst observed about 6e-7), which also bounds the difference
 * of the Frobenius norms. Real errors (a wrong factor, a transposed W, a wrong derivative) are O(1); the perturbation
 * check shows that a change of a single weight by 1% of its layer's largest weight, on one side only, exceeds the
 * tolerance (worst element errors 0.1 to 1.2, normwise 0.008 to 0.02). In float64 the same metrics are held to
 * {@value #DOUBLE_ELEMENT_TOLERANCE} and {@value #DOUBLE_NORM_TOLERANCE} (worst observed about 4e-14 and 1e-15);
 * outputs and scores to the norm tolerance of the precision, relative.
 */
class Dl4jCrossCheckTest {
    private static final int[] WIDTHS = {7, 9, 6, 8, 5, 3};
    private static final int BATCH = 16;
    private static final double FLOOR_FRACTION = 1e-2;
    private static final double FLOAT_ELEMENT_TOLERANCE = 1e-4;
    private static final double FLOAT_NORM_TOLERANCE = 1e-5;
    private static final double DOUBLE_ELEMENT_TOLERANCE = 1e-12;
    private static final double DOUBLE_NORM_TOLERANCE = 1e-13;

    /** Largest per-element relative error and where, and the largest normwise relative difference and where. */
    record Comparison(double worstElementError, String worstWhere, double gradflow, double dl4jOverBatch,
                      double worstNormError, String worstNormWhere) {
        @Override
        public String toString() {
            return String.format("worst element %.3g at %s (GradFlow %s vs DL4J/B %s); worst ||a-b||/||a|| %.3g at %s",
                    worstElementError, worstWhere, gradflow, dl4jOverBatch, worstNormError, worstNormWhere);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Precision precision : Precision.values()) {
            for (ActivationKind hidden : new ActivationKind[] {ActivationKind.SIGMOID, ActivationKind.TANH,
                    ActivationKind.RELU}) {
                for (LossKind loss : new LossKind[] {LossKind.MSE, LossKind.SOFTMAX_CROSS_ENTROPY}) {
                    all.add(Arguments.of(hidden, loss, precision));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1}, {2}")
    @MethodSource("cases")
    void perLayerGradientsEqualDl4j(ActivationKind hidden, LossKind lossKind, Precision precision) {
        boolean single = precision == Precision.FLOAT32;
        double elementTolerance = single ? FLOAT_ELEMENT_TOLERANCE : DOUBLE_ELEMENT_TOLERANCE;
        double normTolerance = single ? FLOAT_NORM_TOLERANCE : DOUBLE_NORM_TOLERANCE;
        long seed = 1000L * hidden.ordinal() + lossKind.ordinal();
        SplittableRandom random = new SplittableRandom(seed);

        // GradFlow: random init, random biases (so that copying b is tested too), random batch and targets.
        Network network = new Network(gradflowSpec(hidden, lossKind), precision, BATCH, random.split());
        for (DenseLayer layer : network.layers()) {
            Mat b = layer.bias().value();
            for (int j = 0; j < b.size(); j++) {
                b.set(j, 0.2 * random.nextGaussian());
            }
        }
        int outputs = WIDTHS[WIDTHS.length - 1];
        Mat x = network.input();
        for (int i = 0; i < x.size(); i++) {
            x.set(i, random.nextGaussian());
        }
        Mat target = Mat.zeros(precision, BATCH, outputs);
        for (int r = 0; r < BATCH; r++) {
            if (lossKind == LossKind.SOFTMAX_CROSS_ENTROPY) {
                target.set(r, random.nextInt(outputs), 1);
            } else {
                for (int j = 0; j < outputs; j++) {
                    target.set(r, j, random.nextGaussian());
                }
            }
        }
        Loss loss = Loss.of(lossKind);
        network.forward(BATCH, true, null);
        double gradflowScore = loss.value(network.outputLayer(), target, BATCH);
        boolean given = loss.writeGradient(network.outputLayer(), target, BATCH);
        network.backward(BATCH, given, 1, false);

        // DL4J: the same architecture in the same precision, no regularisation, parameters copied from GradFlow.
        MultiLayerNetwork dl4j = dl4jNetwork(hidden, lossKind, precision, seed);
        copyParameters(network, dl4j);
        INDArray dlX = toNd4j(x);
        INDArray dlY = toNd4j(target);
        dl4j.setInput(dlX);
        dl4j.setLabels(dlY);
        dl4j.computeGradientAndScore();
        double dl4jScore = dl4j.score();
        Comparison c = compare(network, dl4j.gradient(), BATCH);

        // The forward passes agree (shows the parameters were copied faithfully before looking at gradients).
        INDArray dlOut = dl4j.output(dlX, false);
        Mat gfOut = network.outputLayer().activationOutput();
        for (int r = 0; r < BATCH; r++) {
            for (int j = 0; j < outputs; j++) {
                double a = gfOut.get(r, j);
                double b = dlOut.getDouble(r, j);
                assertThat(Math.abs(a - b)).as("output[%d][%d]: GradFlow %s vs DL4J %s", r, j, a, b)
                        .isLessThanOrEqualTo(normTolerance * Math.max(1, Math.abs(a)));
            }
        }
        assertThat(Math.abs(dl4jScore - gradflowScore))
                .as("DL4J score %s vs GradFlow loss %s (factor 1)", dl4jScore, gradflowScore)
                .isLessThanOrEqualTo(normTolerance * Math.abs(gradflowScore));
        assertThat(c.worstElementError()).as(c.toString()).isLessThan(elementTolerance);
        assertThat(c.worstNormError()).as(c.toString()).isLessThan(normTolerance);

        // The comparison can fail: in DL4J only, change the layer-2 weight with the largest gradient (so it lies on
        // a live path, not behind a dead ReLU) by 1% of that layer's largest weight.
        int layer = 2;
        int[] at = argMaxAbs(network.layers().get(layer).weights().grad());
        Mat w2 = network.layers().get(layer).weights().value();
        double largest = 0;
        for (int k = 0; k < w2.size(); k++) {
            largest = Math.max(largest, Math.abs(w2.get(k)));
        }
        INDArray w = dl4j.getParam(layer + "_W").dup();
        w.putScalar(at[0], at[1], w.getDouble(at[0], at[1]) + 0.01 * largest);
        dl4j.setParam(layer + "_W", w);
        dl4j.setInput(dlX);
        dl4j.setLabels(dlY);
        dl4j.computeGradientAndScore();
        Comparison perturbed = compare(network, dl4j.gradient(), BATCH);
        assertThat(perturbed.worstElementError())
                .as("after perturbing DL4J's %d_W[%d][%d]: %s", layer, at[0], at[1], perturbed)
                .isGreaterThan(elementTolerance);
        assertThat(perturbed.worstNormError())
                .as("after perturbing DL4J's %d_W[%d][%d]: %s", layer, at[0], at[1], perturbed)
                .isGreaterThan(normTolerance);
    }

    private static NetworkSpec gradflowSpec(ActivationKind hidden, LossKind lossKind) {
        InitKind init = hidden == ActivationKind.RELU ? InitKind.HE_NORMAL : InitKind.XAVIER_NORMAL;
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 1; i < WIDTHS.length - 1; i++) {
            layers.add(LayerSpec.dense(WIDTHS[i], hidden, init));
        }
        ActivationKind out = lossKind == LossKind.MSE ? ActivationKind.IDENTITY : ActivationKind.SOFTMAX;
        layers.add(LayerSpec.dense(WIDTHS[WIDTHS.length - 1], out, InitKind.XAVIER_NORMAL));
        return NetworkSpec.of(WIDTHS[0], layers);
    }

    private static MultiLayerNetwork dl4jNetwork(ActivationKind hidden, LossKind lossKind, Precision precision,
                                                 long seed) {
        Activation act = switch (hidden) {
            case SIGMOID -> Activation.SIGMOID;
            case TANH -> Activation.TANH;
            case RELU -> Activation.RELU;
            default -> throw new IllegalArgumentException("no DL4J mapping for " + hidden);
        };
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(precision.dataType())
                .updater(new NoOp())
                .miniBatch(true)
                .list();
        int last = WIDTHS.length - 2;
        for (int i = 0; i < last; i++) {
            list.layer(i, new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder()
                    .nIn(WIDTHS[i]).nOut(WIDTHS[i + 1]).activation(act).build());
        }
        OutputLayer.Builder output = lossKind == LossKind.MSE
                ? new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY)
                : new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX);
        list.layer(last, output.nIn(WIDTHS[last]).nOut(WIDTHS[last + 1]).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /**
     * Copies every W [nIn, nOut] and b element by element by their (i, j) indices: DL4J's W is a view in its
     * 'f'-ordered parameter vector, and its b is a rank-1 array of length nOut where GradFlow's is [1, nOut].
     */
    private static void copyParameters(Network from, MultiLayerNetwork to) {
        for (DenseLayer layer : from.layers()) {
            int i = layer.index();
            Mat gw = layer.weights().value();
            INDArray w = toNd4j(gw);
            INDArray b = toNd4jVector(layer.bias().value());
            assertThat(to.getParam(i + "_W").shape()).isEqualTo(w.shape());
            assertThat(to.getParam(i + "_b").shape()).isEqualTo(b.shape());
            to.setParam(i + "_W", w);
            to.setParam(i + "_b", b);
            INDArray copiedW = to.getParam(i + "_W");
            for (int r = 0; r < gw.rows(); r++) {
                for (int c = 0; c < gw.cols(); c++) {
                    assertThat(copiedW.getDouble(r, c)).isEqualTo(gw.get(r, c));
                }
            }
            INDArray copiedB = to.getParam(i + "_b");
            for (int c = 0; c < layer.units(); c++) {
                assertThat(copiedB.getDouble(c)).isEqualTo(layer.bias().value().get(c));
            }
        }
    }

    /** An INDArray of the matrix's precision with the explicit (i, j) values of {@code m}. */
    private static INDArray toNd4j(Mat m) {
        INDArray a = Nd4j.create(m.precision().dataType(), m.rows(), m.cols());
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                a.putScalar(r, c, m.get(r, c));
            }
        }
        return a;
    }

    /** A rank-1 INDArray of the matrix's precision with the values of the single-row {@code m}. */
    private static INDArray toNd4jVector(Mat m) {
        assertThat(m.rows()).isEqualTo(1);
        INDArray a = Nd4j.create(m.precision().dataType(), m.cols());
        for (int c = 0; c < m.cols(); c++) {
            a.putScalar(c, m.get(c));
        }
        return a;
    }

    private static int[] argMaxAbs(Mat m) {
        int best = 0;
        for (int k = 1; k < m.size(); k++) {
            if (Math.abs(m.get(k)) > Math.abs(m.get(best))) {
                best = k;
            }
        }
        return new int[] {best / m.cols(), best % m.cols()};
    }

    /**
     * Compares every layer's W and b gradient of GradFlow with DL4J's divided by {@code batch} (DL4J's gradient is
     * the batch sum, see the class comment): per element relative to the larger of the two values and
     * {@value #FLOOR_FRACTION} times the tensor's largest GradFlow entry; per tensor as ||a - b||_F / ||a||_F.
     */
    static Comparison compare(Network network, Gradient dl4j, int batch) {
        double worst = -1;
        String where = "";
        double worstA = 0;
        double worstB = 0;
        double worstNorm = -1;
        String worstNormWhere = "";
        for (DenseLayer layer : network.layers()) {
            int i = layer.index();
            for (Param p : new Param[] {layer.weights(), layer.bias()}) {
                String key = i + "_" + (p == layer.weights() ? "W" : "b");
                Mat g = p.grad();
                INDArray d = dl4j.getGradientFor(key);
                assertThat(d).as("DL4J gradient %s", key).isNotNull();
                long[] shape = p == layer.weights() ? new long[] {g.rows(), g.cols()} : new long[] {g.cols()};
                assertThat(d.shape()).as("DL4J gradient %s shape", key).isEqualTo(shape);
                double scale = 0;
                for (int k = 0; k < g.size(); k++) {
                    scale = Math.max(scale, Math.abs(g.get(k)));
                }
                assertThat(scale).as("GradFlow gradient %s is all zero", p.name()).isPositive();
                double floor = FLOOR_FRACTION * scale;
                double diffSquares = 0;
                for (int r = 0; r < g.rows(); r++) {
                    for (int c = 0; c < g.cols(); c++) {
                        double a = g.get(r, c);
                        double b = (d.rank() == 1 ? d.getDouble(c) : d.getDouble(r, c)) / batch;
                        diffSquares += (a - b) * (a - b);
                        double rel = Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), floor);
                        if (rel > worst) {
                            worst = rel;
                            where = p.name() + "[" + r + "][" + c + "]";
                            worstA = a;
                            worstB = b;
                        }
                    }
                }
                double normRel = Math.sqrt(diffSquares / g.sumOfSquares());
                if (normRel > worstNorm) {
                    worstNorm = normRel;
                    worstNormWhere = p.name();
                }
            }
        }
        return new Comparison(worst, where, worstA, worstB, worstNorm, worstNormWhere);
    }
}
