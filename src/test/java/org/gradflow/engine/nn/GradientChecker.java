package org.gradflow.engine.nn;

import java.util.SplittableRandom;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.LossKind;
import org.gradflow.model.NetworkSpec;

/**
 * Compares the analytic gradient of every parameter with central finite differences of the full objective
 * (mean loss + L1/L2 penalty), in double precision, with dropout masks and RReLU slopes held fixed. The numeric
 * derivative is the fourth-order five-point stencil (f(-2h) - 8 f(-h) + 8 f(h) - f(2h)) / 12h, whose truncation and
 * rounding errors both stay near 1e-12 at h = 1e-4, so relative errors of 1e-6 mean real disagreement.
 */
final class GradientChecker {
    static final double STEP = 1e-4;

    /** Largest relative error found and where. */
    record Result(double maxRelativeError, String worstParam, int worstIndex, double analytic, double numeric,
                  int checked) {
    }

    private final Network network;
    private final Loss loss;
    private final Mat target;
    private final int rows;
    private final double l1;
    private final double l2;

    GradientChecker(NetworkSpec spec, LossKind lossKind, int rows, long seed, double l1, double l2) {
        SplittableRandom random = new SplittableRandom(seed);
        this.network = new Network(spec, Precision.FLOAT64, rows, random.split());
        this.loss = Loss.of(lossKind);
        this.rows = rows;
        this.l1 = l1;
        this.l2 = l2;
        this.target = Mat.zeros(Precision.FLOAT64, rows, spec.outputLayer().units());
        Mat x = network.input();
        for (int i = 0; i < x.size(); i++) {
            x.set(i, random.nextGaussian());
        }
        int outputs = target.cols();
        for (int r = 0; r < rows; r++) {
            if (lossKind == LossKind.SOFTMAX_CROSS_ENTROPY) {
                target.set(r, random.nextInt(outputs), 1);
            } else {
                for (int j = 0; j < outputs; j++) {
                    target.set(r, j, lossKind == LossKind.BINARY_CROSS_ENTROPY ? random.nextInt(2) : random.nextGaussian());
                }
            }
        }
        // Draw the dropout masks and RReLU slopes once; every later pass reuses them.
        network.forward(rows, true, new SplittableRandom(seed + 1));
    }

    Network network() {
        return network;
    }

    private double objective() {
        network.forward(rows, true, null);
        return loss.value(network.outputLayer(), target, rows) + network.penalty(l1, l2);
    }

    private double objectiveAt(Mat w, int i, double value) {
        w.set(i, value);
        return objective();
    }

    /** Fills the analytic gradients (as the trainer does for one micro-batch). */
    void analytic() {
        network.forward(rows, true, null);
        boolean given = loss.writeGradient(network.outputLayer(), target, rows);
        network.backward(rows, given, 1, false);
        network.addPenaltyGradients(l1, l2);
    }

    Result check() {
        analytic();
        double worst = 0;
        String worstName = "";
        int worstIndex = -1;
        double worstA = 0;
        double worstN = 0;
        int checked = 0;
        for (Param p : network.params()) {
            double[] grads = p.grad().toArray();
            Mat w = p.value();
            for (int i = 0; i < w.size(); i++) {
                double original = w.get(i);
                double numeric = (objectiveAt(w, i, original - 2 * STEP) - 8 * objectiveAt(w, i, original - STEP)
                        + 8 * objectiveAt(w, i, original + STEP) - objectiveAt(w, i, original + 2 * STEP)) / (12 * STEP);
                w.set(i, original);
                double a = grads[i];
                double scale = Math.max(Math.abs(a), Math.abs(numeric));
                double rel = scale < 1e-9 ? 0 : Math.abs(a - numeric) / scale;
                checked++;
                if (rel > worst) {
                    worst = rel;
                    worstName = p.name();
                    worstIndex = i;
                    worstA = a;
                    worstN = numeric;
                }
            }
        }
        return new Result(worst, worstName, worstIndex, worstA, worstN, checked);
    }
}
