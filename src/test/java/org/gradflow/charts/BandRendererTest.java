package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class BandRendererTest {
    private static final Color BAND = new Color(0x2040C0);

    /** A band from 1 to 3 over x = 0..10, with the interval missing at x = 5 (NaN) when {@code gap}. */
    private static BufferedImage draw(boolean gap) {
        double[] x = new double[11];
        double[] y = new double[11];
        double[] lo = new double[11];
        double[] hi = new double[11];
        for (int i = 0; i <= 10; i++) {
            x[i] = i;
            y[i] = 2;
            lo[i] = gap && i == 5 ? Double.NaN : 1;
            hi[i] = 3;
        }
        BandRenderer renderer = new BandRenderer(1f, false);
        renderer.setSeriesPaint(0, BAND);
        renderer.setSeriesVisibleInLegend(0, false);
        NumberAxis xAxis = new NumberAxis();
        xAxis.setRange(0, 10);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setRange(0, 4);
        XYPlot plot = new XYPlot(new IntervalData(List.of(IntervalSeries.band("b", x, y, lo, hi))), xAxis, yAxis,
                renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        return ChartExport.render(chart, 440, 200, 1);
    }

    @Test
    void aMissingIntervalSplitsTheBandInsteadOfBreakingIt() {
        long full = Images.count(draw(false), BAND.getRGB());
        long split = Images.count(draw(true), BAND.getRGB());
        assertThat(full).as("an opaque band covers half the data area").isGreaterThan(10_000);
        assertThat(split).as("the two pieces either side of the gap").isBetween(full / 2, full - 1000);
    }
}
