package org.gradflow.engine;

import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.nn.Loss;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.tensor.Mat;

/**
 * Evaluates a network on a held-out set in evaluation mode (no dropout, running batch-norm statistics, mean RReLU
 * slope), in chunks that fit the network's buffers, so it allocates nothing.
 */
final class Validator {
    private final Mat inputs;
    private final Mat targets;
    private final Mat chunkTargets;
    private final boolean classification;
    double loss;
    double accuracy;

    Validator(Mat inputs, Mat targets, Mat chunkTargets, boolean classification) {
        this.inputs = inputs;
        this.targets = targets;
        this.chunkTargets = chunkTargets;
        this.classification = classification;
    }

    /** Sets {@link #loss} (mean over all examples) and {@link #accuracy} (NaN for regression). */
    void evaluate(Network network, Loss lossFunction) {
        int total = inputs.rows();
        int maxRows = network.maxRows();
        double lossSum = 0;
        long correct = 0;
        for (int start = 0; start < total; start += maxRows) {
            int rows = Math.min(maxRows, total - start);
            for (int r = 0; r < rows; r++) {
                BatchSampler.copyRow(inputs, start + r, network.input(), r);
                BatchSampler.copyRow(targets, start + r, chunkTargets, r);
            }
            network.forward(rows, false, null);
            lossSum += lossFunction.value(network.outputLayer(), chunkTargets, rows) * rows;
            if (classification) {
                correct += countCorrect(network.outputLayer(), chunkTargets, rows);
            }
        }
        loss = lossSum / total;
        accuracy = classification ? (double) correct / total : Double.NaN;
    }

    /** Argmax of output against argmax of target; a single output counts as correct on the same side of 0.5. */
    static int countCorrect(DenseLayer output, Mat target, int rows) {
        Mat a = output.activationOutput();
        int cols = output.units();
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            if (cols == 1) {
                if ((a.get(base) > 0.5) == (target.get(base) > 0.5)) {
                    correct++;
                }
                continue;
            }
            int best = 0;
            int want = 0;
            for (int j = 1; j < cols; j++) {
                if (a.get(base + j) > a.get(base + best)) {
                    best = j;
                }
                if (target.get(base + j) > target.get(base + want)) {
                    want = j;
                }
            }
            if (best == want) {
                correct++;
            }
        }
        return correct;
    }
}
