package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.diagnostics.HistogramsState;
import org.gradflow.diagnostics.History;
import org.gradflow.diagnostics.HistoryLimits;
import org.gradflow.diagnostics.HistoryState;
import org.gradflow.diagnostics.RangesState;
import org.gradflow.diagnostics.RowsState;
import org.gradflow.engine.StepStats;
import org.gradflow.diagnostics.SummaryState;

/**
 * The {@code history} section of an experiment file: a {@link History}'s complete state, so a reopened run shows
 * exactly the charts it showed when saved and can go on recording. Arrays are packed (see {@link PackedArrays}).
 */
public final class HistoryCodec {
    private static final List<String> TOP = List.of("encoding", "limits", "layerCount", "stepCount", "latest",
            "firstRows", "summary", "recentRows", "clippedRanges", "nonFiniteRanges", "nonFiniteSteps", "histograms");
    private static final List<String> LIMITS = List.of("firstSteps", "recentSteps", "maxBuckets", "recentHistograms",
            "maxHistogramBuckets", "maxEventRanges", "maxNonFiniteSteps");
    private static final List<String> ROWS = List.of("columns", "steps", "values");
    private static final List<String> SUMMARY = List.of("columns", "width", "firstStep", "lastStep", "rows", "min", "max",
            "mean", "last", "finiteCount", "openSums");
    private static final List<String> RANGES = List.of("firstStep", "lastStep", "stepCount");
    private static final List<String> HISTOGRAMS = List.of("layers", "gradientBins", "activationBins", "mergedWidth",
            "merged", "firstStep", "lastStep", "snapshots", "counts");

    private HistoryCodec() {
    }

    /** @return the JSON of a History's state, never {@code null} */
    public static ObjectNode write(History history) {
        HistoryState s = history.state();
        ObjectNode n = JsonSupport.MAPPER.createObjectNode();
        n.put("encoding", PackedArrays.ENCODING);
        HistoryLimits l = s.limits();
        ObjectNode limits = n.putObject("limits");
        limits.put("firstSteps", l.firstSteps());
        limits.put("recentSteps", l.recentSteps());
        limits.put("maxBuckets", l.maxBuckets());
        limits.put("recentHistograms", l.recentHistograms());
        limits.put("maxHistogramBuckets", l.maxHistogramBuckets());
        limits.put("maxEventRanges", l.maxEventRanges());
        limits.put("maxNonFiniteSteps", l.maxNonFiniteSteps());
        n.put("layerCount", s.layerCount());
        n.put("stepCount", s.stepCount());
        if (s.latest() != null) {
            n.set("latest", StepStatsCodec.write(s.latest()));
        }
        n.set("firstRows", rows(s.firstRows()));
        SummaryState m = s.summary();
        ObjectNode summary = n.putObject("summary");
        summary.put("columns", m.columns());
        summary.put("width", m.width());
        summary.put("firstStep", PackedArrays.longs(m.firstStep()));
        summary.put("lastStep", PackedArrays.longs(m.lastStep()));
        summary.put("rows", PackedArrays.longs(m.rows()));
        summary.put("min", PackedArrays.floats(m.min()));
        summary.put("max", PackedArrays.floats(m.max()));
        summary.put("mean", PackedArrays.floats(m.mean()));
        summary.put("last", PackedArrays.floats(m.last()));
        summary.put("finiteCount", PackedArrays.ints(m.finiteCount()));
        summary.put("openSums", PackedArrays.doubles(m.openSums()));
        n.set("recentRows", rows(s.recentRows()));
        n.set("clippedRanges", ranges(s.clippedRanges()));
        n.set("nonFiniteRanges", ranges(s.nonFiniteRanges()));
        ArrayNode bad = n.putArray("nonFiniteSteps");
        for (var step : s.nonFiniteSteps()) {
            bad.add(StepStatsCodec.write(step));
        }
        HistogramsState h = s.histograms();
        ObjectNode hist = n.putObject("histograms");
        hist.put("layers", h.layers());
        hist.put("gradientBins", h.gradientBins());
        hist.put("activationBins", h.activationBins());
        hist.put("mergedWidth", h.mergedWidth());
        hist.put("merged", h.merged());
        hist.put("firstStep", PackedArrays.longs(h.firstStep()));
        hist.put("lastStep", PackedArrays.longs(h.lastStep()));
        hist.put("snapshots", PackedArrays.longs(h.snapshots()));
        hist.put("counts", PackedArrays.longs(h.counts()));
        return n;
    }

    /**
     * Rebuilds a History from its JSON.
     *
     * @param source the file's name, for messages
     * @throws ExperimentFileException naming the JSON path of the first missing, malformed or inconsistent part
     */
    public static History read(JsonNode node, String source) throws ExperimentFileException {
        String path = "history";
        FieldReader f = FieldReader.of(source, path, node, TOP);
        String encoding = f.requiredString("encoding");
        if (!PackedArrays.ENCODING.equals(encoding)) {
            throw new ExperimentFileException(source, f.pathOf("encoding"), "unknown encoding " + Excerpt.quote(encoding)
                    + "; this version reads \"" + PackedArrays.ENCODING + "\"");
        }
        try {
            FieldReader lim = FieldReader.of(source, f.pathOf("limits"), f.required("limits"), LIMITS);
            HistoryLimits limits = new HistoryLimits(lim.requiredInt("firstSteps"), lim.requiredInt("recentSteps"),
                    lim.requiredInt("maxBuckets"), lim.requiredInt("recentHistograms"), lim.requiredInt("maxHistogramBuckets"),
                    lim.requiredInt("maxEventRanges"), lim.requiredInt("maxNonFiniteSteps"));
            JsonNode latestNode = f.optional("latest");
            StepStats latest = latestNode == null ? null : StepStatsCodec.read(latestNode, f.pathOf("latest"), source);
            FieldReader m = FieldReader.of(source, f.pathOf("summary"), f.required("summary"), SUMMARY);
            SummaryState summary = new SummaryState(m.requiredInt("columns"), m.requiredLong("width"),
                    longs(m, "firstStep"), longs(m, "lastStep"), longs(m, "rows"), floats(m, "min"), floats(m, "max"),
                    floats(m, "mean"), floats(m, "last"),
                    PackedArrays.ints(m.required("finiteCount"), m.pathOf("finiteCount"), source),
                    PackedArrays.doubles(m.required("openSums"), m.pathOf("openSums"), source));
            List<StepStats> bad = new ArrayList<>();
            List<JsonNode> badNodes = f.requiredArray("nonFiniteSteps", HistoryLimits.MAX_LIMIT);
            for (int i = 0; i < badNodes.size(); i++) {
                bad.add(StepStatsCodec.read(badNodes.get(i), JsonPaths.index(f.pathOf("nonFiniteSteps"), i), source));
            }
            FieldReader h = FieldReader.of(source, f.pathOf("histograms"), f.required("histograms"), HISTOGRAMS);
            HistogramsState histograms = new HistogramsState(h.requiredInt("layers"), h.requiredInt("gradientBins"),
                    h.requiredInt("activationBins"), h.requiredLong("mergedWidth"), h.requiredInt("merged"),
                    longs(h, "firstStep"), longs(h, "lastStep"), longs(h, "snapshots"), longs(h, "counts"));
            HistoryState state = new HistoryState(limits, f.requiredInt("layerCount"), f.requiredLong("stepCount"), latest,
                    rows(f, "firstRows"), summary, rows(f, "recentRows"), ranges(f, "clippedRanges"),
                    ranges(f, "nonFiniteRanges"), bad, histograms);
            return History.fromState(state);
        } catch (IllegalArgumentException e) {
            throw new ExperimentFileException(source, path, "the recorded history is inconsistent: " + e.getMessage(), e);
        }
    }

    private static ObjectNode rows(RowsState r) {
        ObjectNode n = JsonSupport.MAPPER.createObjectNode();
        n.put("columns", r.columns());
        n.put("steps", PackedArrays.longs(r.steps()));
        n.put("values", PackedArrays.doubles(r.values()));
        return n;
    }

    private static ObjectNode ranges(RangesState r) {
        ObjectNode n = JsonSupport.MAPPER.createObjectNode();
        n.put("firstStep", PackedArrays.longs(r.firstStep()));
        n.put("lastStep", PackedArrays.longs(r.lastStep()));
        n.put("stepCount", PackedArrays.longs(r.stepCount()));
        return n;
    }

    private static RowsState rows(FieldReader parent, String name) throws ExperimentFileException {
        FieldReader r = FieldReader.of(parent.source(), parent.pathOf(name), parent.required(name), ROWS);
        return new RowsState(r.requiredInt("columns"), longs(r, "steps"),
                PackedArrays.doubles(r.required("values"), r.pathOf("values"), r.source()));
    }

    private static RangesState ranges(FieldReader parent, String name) throws ExperimentFileException {
        FieldReader r = FieldReader.of(parent.source(), parent.pathOf(name), parent.required(name), RANGES);
        return new RangesState(longs(r, "firstStep"), longs(r, "lastStep"), longs(r, "stepCount"));
    }

    private static long[] longs(FieldReader f, String name) throws ExperimentFileException {
        return PackedArrays.longs(f.required(name), f.pathOf(name), f.source());
    }

    private static float[] floats(FieldReader f, String name) throws ExperimentFileException {
        return PackedArrays.floats(f.required(name), f.pathOf(name), f.source());
    }
}
