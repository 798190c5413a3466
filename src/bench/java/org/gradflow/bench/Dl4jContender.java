package org.gradflow.bench;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.storage.InMemoryStatsStorage;
import org.gradflow.engine.TrainingData;
import org.gradflow.engine.nn.Network;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Deeplearning4j 1.0.0-M2.1's {@link MultiLayerNetwork} on the same network as GradFlow: DenseLayers and an
 * OutputLayer with the same activations and loss (MSE or MCXENT; both compute the same batch-mean loss as GradFlow,
 * see Dl4jCrossCheckTest), data type FLOAT, the same updater (SGD, or Adam with beta 0.9/0.999, epsilon 1e-8), and
 * GradFlow's initial weights copied in. One step is {@code net.fit(DataSet)} on the next of the same fixed batches.
 * Optionally with a {@link StatsListener} at reporting frequency 1 into an {@link InMemoryStatsStorage}.
 */
final class Dl4jContender implements Contender {
    private final String name;
    private final MultiLayerNetwork net;
    private final DataSet[] batches;
    private int next;

    Dl4jContender(String name, RefConfig config, TrainingData data, Network initialWeights, boolean statsListener) {
        this.name = name;
        this.net = build(config);
        if (initialWeights != null) {
            copyParameters(initialWeights, net);
        }
        if (statsListener) {
            net.setListeners(new StatsListener(new InMemoryStatsStorage(), 1));
        }
        this.batches = new DataSet[RefConfig.BATCHES];
        int b = config.batch();
        for (int i = 0; i < batches.length; i++) {
            INDArray x = data.trainInputs().get(NDArrayIndex.interval(i * b, (i + 1) * b), NDArrayIndex.all()).dup('c');
            INDArray y = data.trainTargets().get(NDArrayIndex.interval(i * b, (i + 1) * b), NDArrayIndex.all()).dup('c');
            batches[i] = new DataSet(x, y);
        }
    }

    static MultiLayerNetwork build(RefConfig c) {
        IUpdater updater = switch (c.optimizer()) {
            case SGD -> new Sgd(c.learningRate());
            case ADAM -> new Adam(c.learningRate(), 0.9, 0.999, 1e-8);
            default -> throw new IllegalArgumentException("no DL4J updater mapped for " + c.optimizer());
        };
        Activation hidden = switch (c.hidden()) {
            case TANH -> Activation.TANH;
            case SIGMOID -> Activation.SIGMOID;
            case RELU -> Activation.RELU;
            default -> throw new IllegalArgumentException("no DL4J activation mapped for " + c.hidden());
        };
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(RefConfig.SEED)
                .dataType(DataType.FLOAT)
                .updater(updater)
                .weightInit(c.hidden() == org.gradflow.model.ActivationKind.RELU ? WeightInit.RELU : WeightInit.XAVIER)
                .miniBatch(true)
                .list();
        int in = c.inputs();
        for (int i = 0; i < c.depth(); i++) {
            list.layer(i, new DenseLayer.Builder().nIn(in).nOut(c.width()).activation(hidden).build());
            in = c.width();
        }
        OutputLayer.Builder out = c.classification()
                ? new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX)
                : new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY);
        list.layer(c.depth(), out.nIn(in).nOut(c.outputs()).weightInit(WeightInit.XAVIER).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /** Copies GradFlow's W [in, out] and b [1, out] into DL4J's parameter views (b is rank 1 there). */
    static void copyParameters(Network from, MultiLayerNetwork to) {
        for (org.gradflow.engine.nn.DenseLayer layer : from.layers()) {
            int i = layer.index();
            INDArray w = layer.weights().value().array();
            INDArray b = layer.bias().value().array();
            INDArray dw = to.getParam(i + "_W");
            INDArray db = to.getParam(i + "_b");
            if (!java.util.Arrays.equals(dw.shape(), w.shape()) || db.length() != b.length()) {
                throw new IllegalStateException("layer " + i + ": DL4J W " + java.util.Arrays.toString(dw.shape())
                        + " vs GradFlow " + java.util.Arrays.toString(w.shape()));
            }
            to.setParam(i + "_W", w);
            to.setParam(i + "_b", b.reshape(db.shape()));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void step() {
        net.fit(batches[next]);
        next = (next + 1) % batches.length;
    }

    @Override
    public double check() {
        return net.score();
    }

    @Override
    public void close() {
        net.clear();
    }
}
