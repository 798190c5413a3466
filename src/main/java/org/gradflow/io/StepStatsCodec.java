package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Histogram;
import org.gradflow.engine.LayerHistograms;
import org.gradflow.engine.LayerStats;
import org.gradflow.engine.StepStats;

/**
 * One {@link StepStats} as JSON: {@code {"step": n, "values": packed doubles, "histograms": packed longs}}. The
 * doubles are the step's eight numbers (flags as 0/1) followed by ten per layer; the longs are, per layer, the
 * gradient histogram (bin count, bins, zeros, non-finite) then the activation histogram (likewise).
 */
final class StepStatsCodec {
    private static final int STEP_VALUES = 8;
    private static final int LAYER_VALUES = 10;
    private static final List<String> FIELDS = List.of("step", "values", "histograms");

    private StepStatsCodec() {
    }

    static ObjectNode write(StepStats s) {
        int layers = s.layers().size();
        double[] v = new double[STEP_VALUES + LAYER_VALUES * layers];
        v[0] = s.loss();
        v[1] = s.valLoss();
        v[2] = s.valAccuracy();
        v[3] = s.learningRate();
        v[4] = s.gradNormGlobal();
        v[5] = s.gradNormGlobalClipped();
        v[6] = s.clipped() ? 1 : 0;
        v[7] = s.nonFinite() ? 1 : 0;
        for (int i = 0; i < layers; i++) {
            LayerStats l = s.layers().get(i);
            int o = STEP_VALUES + LAYER_VALUES * i;
            v[o] = l.gradNormW();
            v[o + 1] = l.gradNormB();
            v[o + 2] = l.signalNorm();
            v[o + 3] = l.updateRatio();
            v[o + 4] = l.weightNorm();
            v[o + 5] = l.actMean();
            v[o + 6] = l.actStd();
            v[o + 7] = l.saturation();
            v[o + 8] = l.deadFraction();
            v[o + 9] = l.nonFinite() ? 1 : 0;
        }
        ObjectNode node = JsonSupport.MAPPER.createObjectNode();
        node.put("step", s.step());
        node.put("values", PackedArrays.doubles(v));
        List<Long> h = new ArrayList<>();
        for (LayerHistograms lh : s.histograms()) {
            add(h, lh.weightGradients());
            add(h, lh.activations());
        }
        node.put("histograms", PackedArrays.longs(h.stream().mapToLong(Long::longValue).toArray()));
        return node;
    }

    private static void add(List<Long> out, Histogram h) {
        out.add((long) h.binCount());
        for (int b = 0; b < h.binCount(); b++) {
            out.add(h.count(b));
        }
        out.add(h.zeros());
        out.add(h.nonFinite());
    }

    static StepStats read(JsonNode node, String path, String source) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, FIELDS);
        long step = f.requiredLong("step");
        double[] v = PackedArrays.doubles(f.required("values"), f.pathOf("values"), source);
        if (v.length < STEP_VALUES || (v.length - STEP_VALUES) % LAYER_VALUES != 0) {
            throw new ExperimentFileException(source, f.pathOf("values"), "holds " + v.length
                    + " numbers; expected 8 plus 10 per layer");
        }
        int layers = (v.length - STEP_VALUES) / LAYER_VALUES;
        List<LayerStats> ls = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            int o = STEP_VALUES + LAYER_VALUES * i;
            ls.add(new LayerStats(v[o], v[o + 1], v[o + 2], v[o + 3], v[o + 4], v[o + 5], v[o + 6], v[o + 7], v[o + 8],
                    v[o + 9] != 0));
        }
        long[] h = PackedArrays.longs(f.required("histograms"), f.pathOf("histograms"), source);
        List<LayerHistograms> hs = new ArrayList<>();
        int[] at = {0};
        while (at[0] < h.length) {
            Histogram g = readHistogram(h, at, f.pathOf("histograms"), source);
            Histogram a = readHistogram(h, at, f.pathOf("histograms"), source);
            hs.add(new LayerHistograms(g, a));
        }
        if (!hs.isEmpty() && hs.size() != layers) {
            throw new ExperimentFileException(source, f.pathOf("histograms"), "holds histograms of " + hs.size()
                    + " layers, but the step has " + layers);
        }
        try {
            return new StepStats(step, v[0], v[1], v[2], v[3], v[4], v[5], v[6] != 0, v[7] != 0, ls, hs);
        } catch (RuntimeException e) {
            throw new ExperimentFileException(source, path, "is not a valid step: " + e.getMessage(), e);
        }
    }

    private static Histogram readHistogram(long[] h, int[] at, String path, String source)
            throws ExperimentFileException {
        int i = at[0];
        if (i >= h.length || h[i] < 0 || h[i] > 100_000 || i + 1 + h[i] + 2 > h.length) {
            throw new ExperimentFileException(source, path, "is truncated or malformed at value " + i);
        }
        int bins = (int) h[i];
        long[] counts = java.util.Arrays.copyOfRange(h, i + 1, i + 1 + bins);
        long zeros = h[i + 1 + bins];
        long nonFinite = h[i + 2 + bins];
        at[0] = i + 3 + bins;
        return new Histogram(counts, zeros, nonFinite);
    }
}
