package org.gradflow.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.gradflow.engine.Histogram;
import org.gradflow.engine.LayerHistograms;
import org.junit.jupiter.api.Test;

class HistogramStoreTest {
    private static final int LAYERS = 3;

    @Test
    void recentSnapshotsAreExactAndMergedOnesPreserveEveryCount() {
        HistogramStore store = new HistogramStore(LAYERS, 4, 4);
        long[][] gradSum = new long[LAYERS][];
        long[][] actSum = new long[LAYERS][];
        List<List<LayerHistograms>> added = new ArrayList<>();
        int snapshots = 203;
        for (int i = 0; i < snapshots; i++) {
            List<LayerHistograms> h = Steps.histograms(LAYERS, i % 11);
            added.add(h);
            store.add(10L * (i + 1), h);
            for (int l = 0; l < LAYERS; l++) {
                gradSum[l] = add(gradSum[l], h.get(l).weightGradients().counts());
                actSum[l] = add(actSum[l], h.get(l).activations().counts());
            }
        }
        assertThat(store.entries()).isLessThanOrEqualTo(8);
        for (int l = 0; l < LAYERS; l++) {
            List<HistogramSnapshot> snaps = store.snapshots(l);
            assertThat(snaps.get(0).firstStep()).isEqualTo(10);
            assertThat(snaps.get(snaps.size() - 1).lastStep()).isEqualTo(10L * snapshots);
            long[] g = null;
            long[] a = null;
            long count = 0;
            long zeros = 0;
            long nonFinite = 0;
            for (int i = 0; i < snaps.size(); i++) {
                HistogramSnapshot s = snaps.get(i);
                if (i > 0) {
                    assertThat(s.firstStep()).isEqualTo(snaps.get(i - 1).lastStep() + 10);
                    assertThat(s.lastStep() - s.firstStep()).isEqualTo(10 * (s.snapshotCount() - 1));
                }
                g = add(g, s.histograms().weightGradients().counts());
                a = add(a, s.histograms().activations().counts());
                count += s.snapshotCount();
                zeros += s.histograms().weightGradients().zeros();
                nonFinite += s.histograms().weightGradients().nonFinite() + s.histograms().activations().nonFinite();
            }
            assertThat(count).isEqualTo(snapshots);
            assertThat(g).containsExactly(gradSum[l]);
            assertThat(a).containsExactly(actSum[l]);
            assertThat(zeros).isEqualTo(3L * snapshots);
            assertThat(nonFinite).isEqualTo(3L * snapshots);
            for (int k = 1; k <= 4; k++) {
                HistogramSnapshot recent = snaps.get(snaps.size() - k);
                assertThat(recent.snapshotCount()).isEqualTo(1);
                assertThat(recent.histograms()).isEqualTo(added.get(snapshots - k).get(l));
            }
        }
    }

    @Test
    void rejectsMismatchedLayersOrBins() {
        HistogramStore store = new HistogramStore(LAYERS, 4, 4);
        assertThatThrownBy(() -> store.check(Steps.histograms(2, 0))).isInstanceOf(IllegalArgumentException.class);
        store.add(1, Steps.histograms(LAYERS, 0));
        List<LayerHistograms> odd = new ArrayList<>(Steps.histograms(LAYERS, 1));
        odd.set(2, new LayerHistograms(new Histogram(new long[3], 0, 0), odd.get(2).activations()));
        assertThatThrownBy(() -> store.check(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bins");
        assertThatThrownBy(() -> store.snapshots(LAYERS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void stateRoundTripsAndContinuesIdentically() {
        HistogramStore a = new HistogramStore(LAYERS, 3, 2);
        HistogramsState empty = a.state();
        assertThat(HistogramStore.fromState(empty, LAYERS, 3, 2).state()).isEqualTo(empty);
        for (int i = 1; i <= 17; i++) {
            a.add(i, Steps.histograms(LAYERS, i));
        }
        HistogramsState state = a.state();
        assertThat(state.merged()).isEqualTo(2);
        HistogramStore b = HistogramStore.fromState(state, LAYERS, 3, 2);
        assertThat(b.state()).isEqualTo(state);
        for (int i = 18; i <= 40; i++) {
            a.add(i, Steps.histograms(LAYERS, i));
            b.add(i, Steps.histograms(LAYERS, i));
        }
        assertThat(b.state()).isEqualTo(a.state());
        assertThat(b.snapshots(1)).isEqualTo(a.snapshots(1));
        assertThatThrownBy(() -> HistogramStore.fromState(state, LAYERS, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] add(long[] sum, long[] counts) {
        long[] out = sum == null ? new long[counts.length] : sum;
        for (int i = 0; i < counts.length; i++) {
            out[i] += counts[i];
        }
        return out;
    }
}
