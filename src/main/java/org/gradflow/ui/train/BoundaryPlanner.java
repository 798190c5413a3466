package org.gradflow.ui.train;

import java.util.Objects;
import org.gradflow.run.BoundaryGrid;
import org.gradflow.run.DataPreview;
import org.gradflow.run.ExperimentRun;

/**
 * Where to evaluate the decision boundary: a grid over the preview's points plus a 10% margin, 40 x 40 cells for two
 * inputs and 80 x 1 for one. Datasets with more than two inputs get no boundary (their other inputs would be
 * arbitrary). Training thread only.
 */
final class BoundaryPlanner {
    static final int CELLS = 40;

    private final DataPreview preview;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;

    /** @param preview the run's training examples, not {@code null} */
    BoundaryPlanner(DataPreview preview) {
        this.preview = Objects.requireNonNull(preview, "preview");
        double[] x = range(preview.x());
        double[] y = range(preview.y());
        xMin = x[0];
        xMax = x[1];
        yMin = y[0];
        yMax = y[1];
    }

    /** @return whether a boundary makes sense for this dataset */
    boolean applicable() {
        return preview.inputWidth() <= 2 && preview.x().length > 0;
    }

    /** @return the network's predictions over the grid now */
    BoundaryGrid compute(ExperimentRun run) {
        boolean oneInput = preview.inputWidth() < 2;
        return run.boundary(oneInput ? 2 * CELLS : CELLS, oneInput ? 1 : CELLS, xMin, xMax, yMin, yMax);
    }

    private static double[] range(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            return new double[] {-1, 1};
        }
        double margin = Math.max(0.1 * (hi - lo), 0.5);
        return new double[] {lo - margin, hi + margin};
    }
}
