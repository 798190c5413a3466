package org.gradflow.ui.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
    private final DiagramLayout layout = DiagramLayout.of(2, new int[] {16, 64, 16, 3}, new int[] {0, 2, 0, 0}, 500, 120);

    @Test
    void oneBarForTheInputThenOnePerLayerFromLeftToRight() {
        List<DiagramLayout.Box> boxes = layout.boxes();
        assertThat(boxes).extracting(DiagramLayout.Box::layer).containsExactly(-1, 0, 1, 2, 3);
        for (int i = 1; i < boxes.size(); i++) {
            assertThat(boxes.get(i).x()).isGreaterThan(boxes.get(i - 1).x() + boxes.get(i - 1).w());
        }
        assertThat(boxes.get(4).x() + boxes.get(4).w()).isLessThanOrEqualTo(500);
    }

    @Test
    void barHeightGrowsWithLogUnits() {
        List<DiagramLayout.Box> b = layout.boxes();
        assertThat(b.get(2).h()).as("64 units is the tallest").isGreaterThan(b.get(1).h());
        assertThat(b.get(1).h()).isEqualTo(b.get(3).h());
        assertThat(b.get(4).h()).as("3 units").isLessThan(b.get(1).h()).isGreaterThan(b.get(0).h());
        // log scale: 16 units is log2(17)/log2(65) of the tallest bar's extra height above the minimum
        double extra16 = b.get(1).h() - DiagramLayout.MIN_BAR;
        double extra64 = b.get(2).h() - DiagramLayout.MIN_BAR;
        assertThat(extra16 / extra64).isCloseTo(Math.log(17) / Math.log(65), within(1e-9));
    }

    @Test
    void unknownUnitsGetTheSmallestBar() {
        DiagramLayout l = DiagramLayout.of(-1, new int[] {-1, 8}, new int[] {0, 0}, 300, 100);
        assertThat(l.boxes().get(0).h()).isEqualTo(DiagramLayout.MIN_BAR);
        assertThat(l.boxes().get(1).h()).isEqualTo(DiagramLayout.MIN_BAR);
        assertThat(l.boxes().get(2).h()).isGreaterThan(DiagramLayout.MIN_BAR);
    }

    @Test
    void residualArcRunsFromTheBarFeedingTheBlockToItsLastLayer() {
        assertThat(layout.arcs()).hasSize(1);
        DiagramLayout.Arc arc = layout.arcs().get(0);
        assertThat(arc.firstLayer()).isEqualTo(1);
        assertThat(arc.fromX()).isEqualTo(layout.boxes().get(1).centerX()); // layer 0 feeds layer 1
        assertThat(arc.toX()).isEqualTo(layout.boxes().get(3).centerX()); // layer 2 ends the block
        assertThat(arc.topY()).isLessThan(arc.baseY());
    }

    @Test
    void aBlockRunningPastTheLastLayerHasNoArc() {
        assertThat(DiagramLayout.of(2, new int[] {4, 4}, new int[] {0, 2}, 300, 100).arcs()).isEmpty();
    }

    @Test
    void clickingAColumnFindsItsLayer() {
        for (DiagramLayout.Box b : layout.boxes()) {
            assertThat(layout.layerAt(b.centerX())).isEqualTo(b.layer());
        }
        assertThat(layout.layerAt(-5)).isEqualTo(-1);
        assertThat(layout.layerAt(499)).isEqualTo(-1); // the right margin
    }

    @Test
    void aThousandLayersStillFit() {
        int[] units = new int[1000];
        java.util.Arrays.fill(units, 32);
        DiagramLayout l = DiagramLayout.of(2, units, new int[1000], 800, 100);
        DiagramLayout.Box last = l.boxes().get(1000);
        assertThat(last.w()).isGreaterThan(0);
        assertThat(last.x() + last.w()).isLessThanOrEqualTo(800 - DiagramLayout.MARGIN);
        assertThat(l.layerAt(last.centerX())).isEqualTo(999);
    }
}
