package org.gradflow.charts;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Reads the subtitles of a chart in the tests. */
final class Subtitles {
    private Subtitles() {
    }

    /** @return the subtitles of type {@code type}, in order */
    static <T extends Title> List<T> of(JFreeChart chart, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (type.isInstance(chart.getSubtitle(i))) {
                out.add(type.cast(chart.getSubtitle(i)));
            }
        }
        return out;
    }

    /** @return the text of every text subtitle, one per line */
    static String text(JFreeChart chart) {
        StringBuilder b = new StringBuilder();
        for (TextTitle t : of(chart, TextTitle.class)) {
            b.append(t.getText()).append('\n');
        }
        return b.toString();
    }
}
