package org.gradflow.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradflow.engine.nn.Param;
import org.gradflow.engine.tensor.Precision;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.junit.jupiter.api.Test;

/**
 * Clipping by value, per-layer norm (parameters grouped by {@link Param#layer()}, in an interleaved list) and global
 * norm against hand computations, and the returned flag below, exactly at and above the threshold.
 */
class GradientClipperTest {
    /** Gradients per param: layer 0 {W, b}, layer 1 {W, b}, layer 2 {W, b}, listed out of layer order. */
    private static final class Setup {
        final Param w0 = p("layers[0].W", Param.Role.WEIGHT, 0, 2, 2);
        final Param b0 = p("layers[0].b", Param.Role.BIAS, 0, 1, 2);
        final Param w1 = p("layers[1].W", Param.Role.WEIGHT, 1, 2, 1);
        final Param b1 = p("layers[1].b", Param.Role.BIAS, 1, 1, 1);
        final Param w2 = p("layers[2].W", Param.Role.WEIGHT, 2, 1, 2);
        final Param g2 = p("layers[2].bn.gamma", Param.Role.BN_SCALE, 2, 1, 2);
        final List<Param> params = List.of(w1, w0, g2, b1, w2, b0);

        static Param p(String name, Param.Role role, int layer, int rows, int cols) {
            return new Param(name, role, layer, Precision.FLOAT64, rows, cols);
        }

        Setup(double[] gw0, double[] gb0, double[] gw1, double[] gb1, double[] gw2, double[] gg2) {
            w0.grad().setAll(gw0);
            b0.grad().setAll(gb0);
            w1.grad().setAll(gw1);
            b1.grad().setAll(gb1);
            w2.grad().setAll(gw2);
            g2.grad().setAll(gg2);
        }

        /** Per-layer sums of squares, by hand from the arrays. */
        double[] layerSquares() {
            double[] s = new double[3];
            for (Param p : params) {
                for (double v : p.grad().toArray()) {
                    s[p.layer()] += v * v;
                }
            }
            return s;
        }

        double globalNorm() {
            double[] s = layerSquares();
            return Math.sqrt(s[0] + s[1] + s[2]);
        }

        boolean clip(ClipKind kind, double t) {
            return new GradientClipper(3).clip(new ClipSpec(kind, t), params, layerSquares(), globalNorm());
        }
    }

    /** layer 0 norm sqrt(1+4+9+16+25+36) = sqrt 91; layer 1 norm exactly 5 (3, 4, 0); layer 2 norm 1. */
    private static Setup typical() {
        return new Setup(new double[] {1, -2, 3, -4}, new double[] {5, -6}, new double[] {3, 0}, new double[] {-4},
                new double[] {0.6, 0}, new double[] {0, -0.8});
    }

    private static void assertGrad(Param p, double... expected) {
        double[] g = p.grad().toArray();
        assertThat(g).hasSize(expected.length);
        for (int i = 0; i < g.length; i++) {
            assertThat(g[i]).as("%s[%d]", p.name(), i).isCloseTo(expected[i], within(1e-14));
        }
    }

    @Test
    void noneLeavesGradientsAlone() {
        Setup s = typical();
        assertThat(s.clip(ClipKind.NONE, 1e-9)).isFalse();
        assertGrad(s.w0, 1, -2, 3, -4);
    }

    @Test
    void valueClampsEachElement() {
        Setup s = typical();
        assertThat(s.clip(ClipKind.VALUE, 3)).isTrue();
        assertGrad(s.w0, 1, -2, 3, -3);
        assertGrad(s.b0, 3, -3);
        assertGrad(s.w1, 3, 0);
        assertGrad(s.b1, -3);
        assertGrad(s.w2, 0.6, 0);
        assertGrad(s.g2, 0, -0.8);
    }

    @Test
    void valueReturnsFalseAtAndBelowTheThreshold() {
        Setup at = typical();
        assertThat(at.clip(ClipKind.VALUE, 6)).as("largest |g| equals t").isFalse();
        assertGrad(at.b0, 5, -6);
        Setup below = typical();
        assertThat(below.clip(ClipKind.VALUE, 6.5)).isFalse();
        assertGrad(below.b0, 5, -6);
    }

    @Test
    void layerNormScalesEachLayerOnItsOwn() {
        Setup s = typical();
        double t = 2;
        assertThat(s.clip(ClipKind.LAYER_NORM, t)).isTrue();
        double f0 = t / Math.sqrt(91);
        double f1 = t / 5;
        assertGrad(s.w0, f0, -2 * f0, 3 * f0, -4 * f0);
        assertGrad(s.b0, 5 * f0, -6 * f0);
        assertGrad(s.w1, 3 * f1, 0);
        assertGrad(s.b1, -4 * f1);
        assertGrad(s.w2, 0.6, 0); // layer 2 norm 1 < 2: untouched
        assertGrad(s.g2, 0, -0.8);
        double[] after = s.layerSquares();
        assertThat(Math.sqrt(after[0])).isCloseTo(t, within(1e-12));
        assertThat(Math.sqrt(after[1])).isCloseTo(t, within(1e-12));
        assertThat(Math.sqrt(after[2])).isCloseTo(1, within(1e-12));
    }

    @Test
    void layerNormExactlyAtTheThresholdIsNotClipped() {
        // layer 0 scaled down to norm 5, so the largest layer norm equals t = 5 exactly (layers 0 and 1)
        double f = 5 / Math.sqrt(91);
        Setup at = new Setup(new double[] {f, -2 * f, 3 * f, -4 * f}, new double[] {5 * f, -6 * f}, new double[] {3, 0},
                new double[] {-4}, new double[] {0.6, 0}, new double[] {0, -0.8});
        double[] squares = at.layerSquares();
        double t = Math.sqrt(Math.max(squares[0], squares[1]));
        assertThat(at.clip(ClipKind.LAYER_NORM, t)).isFalse();
        assertGrad(at.w1, 3, 0);
        Setup below = typical();
        assertThat(below.clip(ClipKind.LAYER_NORM, 10)).as("sqrt 91 < 10").isFalse();
        assertGrad(below.w0, 1, -2, 3, -4);
    }

    @Test
    void globalNormScalesEverythingTogether() {
        Setup s = typical();
        double norm = Math.sqrt(91 + 25 + 1); // sqrt 117
        assertThat(s.globalNorm()).isCloseTo(norm, within(1e-12));
        double t = 3;
        assertThat(s.clip(ClipKind.GLOBAL_NORM, t)).isTrue();
        double f = t / norm;
        assertGrad(s.w0, f, -2 * f, 3 * f, -4 * f);
        assertGrad(s.b0, 5 * f, -6 * f);
        assertGrad(s.w1, 3 * f, 0);
        assertGrad(s.b1, -4 * f);
        assertGrad(s.w2, 0.6 * f, 0);
        assertGrad(s.g2, 0, -0.8 * f);
        assertThat(s.globalNorm()).isCloseTo(t, within(1e-12));
    }

    @Test
    void globalNormAtAndBelowTheThresholdIsNotClipped() {
        // norm exactly 5: (3, 4) in layer 1, everything else 0
        Setup at = new Setup(new double[4], new double[2], new double[] {3, 0}, new double[] {4}, new double[2],
                new double[2]);
        assertThat(at.globalNorm()).isEqualTo(5.0);
        assertThat(at.clip(ClipKind.GLOBAL_NORM, 5)).isFalse();
        assertGrad(at.w1, 3, 0);
        assertThat(at.clip(ClipKind.GLOBAL_NORM, 5.0001)).isFalse();
        assertThat(at.clip(ClipKind.GLOBAL_NORM, 4.9999)).isTrue();
        assertGrad(at.w1, 3 * 4.9999 / 5, 0);
    }
}
