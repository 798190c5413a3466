package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

class LogAxesTest {
    @Test
    void roundsTheDataOutToWholeDecades() {
        assertThat(LogAxes.decades(3e-7, 2e-1)).isEqualTo(new DecadeRange(-7, 0));
        assertThat(LogAxes.decades(1e-3, 1e-1)).isEqualTo(new DecadeRange(-3, -1));
        assertThat(LogAxes.decades(2, 5e4)).isEqualTo(new DecadeRange(0, 5));
    }

    @Test
    void spansAtLeastTwoDecades() {
        assertThat(LogAxes.decades(1e-3, 1e-3)).as("single value").isEqualTo(new DecadeRange(-4, -2));
        assertThat(LogAxes.decadesOf(5e-3)).as("single value inside a decade").isEqualTo(new DecadeRange(-4, -2));
        assertThat(LogAxes.decades(0.3, 0.5)).as("within one decade").isEqualTo(new DecadeRange(-2, 0));
        assertThat(LogAxes.decades(1.5e-3, 0.04)).as("two decades already").isEqualTo(new DecadeRange(-3, -1));
    }

    @Test
    void ignoresValuesALogAxisCannotShow() {
        assertThat(LogAxes.decadesOf(Double.NaN, Double.NaN)).isEqualTo(LogAxes.DEFAULT);
        assertThat(LogAxes.decadesOf()).isEqualTo(LogAxes.DEFAULT);
        assertThat(LogAxes.decadesOf(0, -1, Double.POSITIVE_INFINITY, Double.NaN)).isEqualTo(LogAxes.DEFAULT);
        assertThat(LogAxes.decadesOf(0, 3e-7, Double.NaN, 2e-1, Double.POSITIVE_INFINITY, -5))
                .isEqualTo(new DecadeRange(-7, 0));
        assertThatThrownBy(() -> LogAxes.decades(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogAxes.decades(1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogAxes.decades(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extremeValuesStayWithinTheClamp() {
        assertThat(LogAxes.decades(Double.MIN_VALUE, 1)).isEqualTo(new DecadeRange(LogAxes.MIN_EXPONENT, 0));
        assertThat(LogAxes.decades(Double.MAX_VALUE, Double.MAX_VALUE))
                .isEqualTo(new DecadeRange(LogAxes.MAX_EXPONENT - 2, LogAxes.MAX_EXPONENT));
    }

    @Test
    void axisHasALabelledTickAtEveryDecade() {
        LogAxis axis = LogAxes.axis("g", new DecadeRange(-7, 0));
        assertThat(axis.getLowerBound()).isEqualTo(1e-7);
        assertThat(axis.getUpperBound()).isEqualTo(1.0);
        assertThat(majorTicks(axis)).containsExactly(1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0);
    }

    @Test
    void decadeBoundsKeepTheirTicksWhereNaturalLogsRoundDown() {
        // log(1e-3) / log(10) = -2.9999999999999996: a plain LogAxis would lose the tick at 1e-3
        LogAxis axis = LogAxes.axis("g", new DecadeRange(-3, 3));
        assertThat(majorTicks(axis)).containsExactly(1e-3, 1e-2, 1e-1, 1.0, 1e1, 1e2, 1e3);
    }

    @Test
    void wideRangesLabelEveryKthDecade() {
        LogAxis axis = LogAxes.axis("g", new DecadeRange(-40, 30));
        List<Double> ticks = majorTicks(axis);
        assertThat(ticks).hasSizeLessThanOrEqualTo(LogAxes.MAX_LABELS + 1).contains(1e-36, 1e0, 1e30);
        assertThat(LogAxes.decadesPerLabel(new DecadeRange(-40, 30))).isEqualTo(6);
        assertThat(LogAxes.decadesPerLabel(new DecadeRange(-12, 0))).isEqualTo(1);
    }

    private static List<Double> majorTicks(LogAxis axis) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            List<?> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 100, 600),
                    RectangleEdge.LEFT);
            return ticks.stream().map(LogTick.class::cast).filter(t -> t.getTickType() == TickType.MAJOR)
                    .map(LogTick::getValue).toList();
        } finally {
            g2.dispose();
        }
    }
}
