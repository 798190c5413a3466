package org.gradflow.run;

import org.gradflow.engine.nn.DenseLayer;
import org.gradflow.engine.nn.Network;
import org.gradflow.engine.tensor.Mat;

/**
 * Evaluates a network (evaluation mode: no dropout, running batch-norm statistics) on a grid over its first two
 * inputs. Uses the network's own buffers, so it must run on the training thread between steps.
 */
final class DecisionBoundary {
    private DecisionBoundary() {
    }

    static BoundaryGrid compute(Network network, boolean classification, int nx, int ny, double xMin, double xMax,
                                double yMin, double yMax) {
        int cells = nx * ny;
        int[] predicted = new int[cells];
        double[] value = new double[cells];
        Mat input = network.input();
        int width = input.cols();
        int maxRows = network.maxRows();
        for (int start = 0; start < cells; start += maxRows) {
            int rows = Math.min(maxRows, cells - start);
            input.fill(0, rows * width);
            for (int r = 0; r < rows; r++) {
                int cell = start + r;
                input.set(r, 0, xMin + (cell % nx + 0.5) * (xMax - xMin) / nx);
                if (width > 1) {
                    input.set(r, 1, yMin + (cell / nx + 0.5) * (yMax - yMin) / ny);
                }
            }
            network.forward(rows, false, null);
            DenseLayer out = network.outputLayer();
            Mat a = out.activationOutput();
            int k = out.units();
            for (int r = 0; r < rows; r++) {
                int cell = start + r;
                if (!classification) {
                    predicted[cell] = -1;
                    value[cell] = a.get(r, 0);
                } else if (k == 1) {
                    double p = a.get(r, 0);
                    predicted[cell] = p > 0.5 ? 1 : 0;
                    value[cell] = Math.max(p, 1 - p);
                } else {
                    int best = 0;
                    for (int c = 1; c < k; c++) {
                        if (a.get(r, c) > a.get(r, best)) {
                            best = c;
                        }
                    }
                    predicted[cell] = best;
                    value[cell] = a.get(r, best);
                }
            }
        }
        return new BoundaryGrid(nx, ny, xMin, xMax, yMin, yMax, predicted, value);
    }
}
