package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;

/** Plain-math stand-ins for the data the app hands to the scatter plot: a spiral and a plausible boundary. */
final class SpiralPreview {
    private SpiralPreview() {
    }

    /** {@code perClass} points on each of {@code classes} interleaved spiral arms, coordinates roughly in [-2, 2]. */
    static DataPreview spiral(int perClass, int classes) {
        Random random = new Random(5);
        int n = perClass * classes;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] label = new int[n];
        double[] target = new double[n];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
            for (int i = 0; i < perClass; i++) {
                int k = c * perClass + i;
                double r = 2.0 * i / perClass;
                double angle = 2 * Math.PI * c / classes + 2.5 * r + 0.15 * random.nextGaussian();
                x[k] = r * Math.cos(angle);
                y[k] = r * Math.sin(angle);
                label[k] = c;
                target[k] = 1;
            }
        }
        return new DataPreview(x, y, label, target, names, 2);
    }

    /** A grid over [-2.2, 2.2]^2 that predicts the spiral arm of each cell, more confident far from the centre. */
    static BoundaryGrid boundary(int classes, int cells) {
        int[] predicted = new int[cells * cells];
        double[] value = new double[cells * cells];
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                double x = -2.2 + (i + 0.5) * 4.4 / cells;
                double y = -2.2 + (j + 0.5) * 4.4 / cells;
                double r = Math.hypot(x, y);
                double arm = Math.floorMod((long) Math.floor((Math.atan2(y, x) - 2.5 * r) / (2 * Math.PI) * classes * 1000), classes * 1000L) / 1000;
                predicted[j * cells + i] = (int) arm;
                value[j * cells + i] = Math.min(1, 0.4 + 0.3 * r);
            }
        }
        return new BoundaryGrid(cells, cells, -2.2, 2.2, -2.2, 2.2, predicted, value);
    }

    /** A one-input regression preview: x in [-pi, pi], target sin(x). */
    static DataPreview sine(int n) {
        double[] x = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.PI + 2 * Math.PI * i / (n - 1);
            target[i] = Math.sin(x[i]);
        }
        return new DataPreview(x, new double[n], new int[n], target, List.of(), 1);
    }
}
