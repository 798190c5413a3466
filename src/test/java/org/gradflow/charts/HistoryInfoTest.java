package org.gradflow.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.gradflow.diagnostics.History;
import org.junit.jupiter.api.Test;

class HistoryInfoTest {
    @Test
    void listsLayersReadably() {
        assertThat(HistoryInfo.layerList(List.of(6), 6)).isEqualTo("layer 6");
        assertThat(HistoryInfo.layerList(List.of(1, 2), 6)).isEqualTo("layers 1 and 2");
        assertThat(HistoryInfo.layerList(List.of(1, 2, 6), 6)).isEqualTo("layers 1, 2 and 6");
        assertThat(HistoryInfo.layerList(List.of(1, 2, 3), 3)).isEqualTo("all 3 layers");
        List<Integer> many = IntStream.rangeClosed(1, 20).boxed().toList();
        assertThat(HistoryInfo.layerList(many, 50))
                .isEqualTo("layers 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 8 more");
    }

    @Test
    void chosenStepIsClampedToTheRecordedSteps() {
        History h = Synthetic.history(2, 30, Set.of(7L), Set.of());
        assertThat(HistoryInfo.firstStep(h)).isEqualTo(1);
        assertThat(HistoryInfo.chosenStep(h, ChartOptions.LATEST)).isEqualTo(30);
        assertThat(HistoryInfo.chosenStep(h, 12)).isEqualTo(12);
        assertThat(HistoryInfo.chosenStep(h, 99)).isEqualTo(30);
        assertThat(HistoryInfo.nonFiniteAt(h, 7)).isTrue();
        assertThat(HistoryInfo.nonFiniteAt(h, 8)).isFalse();
    }
}
