package org.gradflow.model;

/**
 * A whole experiment: what data, what network, how to train it, and the seed that makes it repeatable.
 * Checks that the parts fit together: network input and output widths against the dataset (when the dataset's
 * widths are known before loading), the output activation against the loss.
 *
 * @param name a short human-readable name, not {@code null}, at most 200 characters
 * @param seed seed of weight initialisation, batch order, dropout masks and RReLU slopes
 * @param dataset not {@code null}
 * @param network not {@code null}
 * @param training not {@code null}
 */
public record ExperimentSpec(String name, long seed, DatasetSpec dataset, NetworkSpec network, TrainingSpec training) {
    public ExperimentSpec {
        Check.notNull("name", name);
        if (name.length() > 200) {
            throw new InvalidSpecException("name", "must be at most 200 characters, got " + name.length());
        }
        Check.notNull("dataset", dataset);
        Check.notNull("network", network);
        Check.notNull("training", training);
        checkLossFitsOutput(network, training.loss());
        int in = dataset.inputWidth();
        if (in > 0 && in != network.inputSize()) {
            throw new InvalidSpecException("network.inputSize", "must equal the dataset's input width " + in
                    + ", got " + network.inputSize());
        }
        int out = dataset.targetWidth();
        int last = network.layers().size() - 1;
        if (out > 0 && out != network.outputLayer().units()) {
            throw new InvalidSpecException("network.layers[" + last + "].units",
                    "the output layer must have as many units as the dataset has targets (" + out + "), got "
                            + network.outputLayer().units());
        }
    }

    /**
     * Checks that the loss can be used with the network's output activation.
     *
     * @throws InvalidSpecException naming the output layer's activation when they do not fit
     */
    public static void checkLossFitsOutput(NetworkSpec network, LossKind loss) {
        ActivationKind outAct = network.outputLayer().activation().kind();
        String field = "network.layers[" + (network.layers().size() - 1) + "].activation";
        switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> {
                if (outAct != ActivationKind.SOFTMAX) {
                    throw new InvalidSpecException(field, "softmax cross-entropy needs a softmax output layer, got " + outAct);
                }
            }
            case BINARY_CROSS_ENTROPY -> {
                if (outAct != ActivationKind.SIGMOID) {
                    throw new InvalidSpecException(field, "binary cross-entropy needs a sigmoid output layer, got " + outAct);
                }
            }
            case MSE -> {
                if (outAct == ActivationKind.SOFTMAX) {
                    throw new InvalidSpecException(field, "softmax output needs the softmax cross-entropy loss");
                }
            }
        }
    }

    public ExperimentSpec withTraining(TrainingSpec t) {
        return new ExperimentSpec(name, seed, dataset, network, t);
    }

    public ExperimentSpec withNetwork(NetworkSpec n) {
        return new ExperimentSpec(name, seed, dataset, n, training);
    }

    public ExperimentSpec withSeed(long s) {
        return new ExperimentSpec(name, s, dataset, network, training);
    }
}
