package org.gradflow.engine.optim;

import java.util.List;
import java.util.Objects;
import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.Mat;
import org.gradflow.model.ClipSpec;

/**
 * Clips gradients in place according to a {@link ClipSpec}: VALUE clamps each element to [-t, t]; LAYER_NORM
 * scales each layer's parameters' gradients together to L2 norm at most t; GLOBAL_NORM scales all gradients together.
 * Reuses its per-layer arrays, so clipping allocates nothing.
 */
public final class GradientClipper {
    private final double[] layerSquares;

    /** @param layerCount number of layers in the network */
    public GradientClipper(int layerCount) {
        this.layerSquares = new double[layerCount];
    }

    /**
     * @param params all parameters of the network, not {@code null}
     * @param layerGradSquares per layer, the sum of squared gradients of its parameters (before clipping)
     * @param globalNorm L2 norm of all gradients before clipping
     * @return whether any gradient changed
     */
    public boolean clip(ClipSpec spec, List<Param> params, double[] layerGradSquares, double globalNorm) {
        Objects.requireNonNull(spec, "spec");
        double t = spec.threshold();
        switch (spec.kind()) {
            case NONE -> {
                return false;
            }
            case VALUE -> {
                boolean changed = false;
                for (Param p : params) {
                    Mat g = p.grad();
                    int n = g.size();
                    for (int i = 0; i < n; i++) {
                        double v = g.get(i);
                        if (v > t) {
                            g.set(i, t);
                            changed = true;
                        } else if (v < -t) {
                            g.set(i, -t);
                            changed = true;
                        }
                    }
                }
                return changed;
            }
            case LAYER_NORM -> {
                System.arraycopy(layerGradSquares, 0, layerSquares, 0, layerSquares.length);
                boolean changed = false;
                for (Param p : params) {
                    double norm = Math.sqrt(layerSquares[p.layer()]);
                    if (norm > t) {
                        p.grad().scale(t / norm);
                        changed = true;
                    }
                }
                return changed;
            }
            case GLOBAL_NORM -> {
                if (globalNorm > t) {
                    for (Param p : params) {
                        p.grad().scale(t / globalNorm);
                    }
                    return true;
                }
                return false;
            }
        }
        throw new IllegalStateException("unknown clip kind " + spec.kind());
    }
}
