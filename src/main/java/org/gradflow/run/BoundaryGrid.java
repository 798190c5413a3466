package org.gradflow.run;

import java.util.Objects;

/**
 * The network's prediction on a regular grid over its first two inputs (other inputs held at 0), for drawing a
 * decision boundary under a scatter plot. Cell (i, j) is at x = xMin + (i + 0.5) (xMax - xMin) / nx, likewise y;
 * arrays are indexed {@code j * nx + i}.
 *
 * @param predicted class index of the largest output (classification), or -1 (regression)
 * @param value confidence of that class in [0, 1] (classification), or the first output (regression)
 */
public record BoundaryGrid(int nx, int ny, double xMin, double xMax, double yMin, double yMax, int[] predicted,
                           double[] value) {
    public BoundaryGrid {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(value, "value");
        if (nx < 1 || ny < 1 || predicted.length != nx * ny || value.length != nx * ny) {
            throw new IllegalArgumentException("grid arrays must hold nx * ny = " + nx * ny + " cells");
        }
    }
}
