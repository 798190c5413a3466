package org.gradflow.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.EnumSet;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.ResidualSpec;
import org.gradflow.model.TrainingSpec;

/**
 * Builds the JSON tree of an experiment file in the canonical (full) form and stable field order. Every
 * parameter a kind uses is written; a parameter the kind ignores is written only when it differs from its
 * default, so that nothing is lost and typical files stay short. Numbers are spelled by {@link NumberText};
 * small objects (activation, init, clip, residual blocks) are written on one line.
 */
final class ExperimentWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final EnumSet<InitKind> SCALED = EnumSet.of(InitKind.XAVIER_NORMAL, InitKind.XAVIER_UNIFORM,
            InitKind.HE_NORMAL, InitKind.HE_UNIFORM, InitKind.LECUN_NORMAL, InitKind.ORTHOGONAL);

    private ExperimentWriter() {
    }

    /** @return the document tree; serialise it with {@link JsonSupport#PRETTY} */
    static ObjectNode toTree(ExperimentFile file) {
        ExperimentSpec spec = file.spec();
        ObjectNode root = NODES.objectNode();
        root.put("format", ExperimentReader.FORMAT);
        root.put("version", Migrations.CURRENT_VERSION);
        root.put("name", spec.name());
        root.put("seed", spec.seed());
        root.set("dataset", dataset(spec.dataset()));
        root.set("network", network(spec.network()));
        root.set("training", training(spec.training()));
        JsonNode history = file.history();
        if (history != null) {
            root.set(ReservedSections.HISTORY, history);
        }
        JsonNode weights = file.weights();
        if (weights != null) {
            root.set(ReservedSections.WEIGHTS, weights);
        }
        return root;
    }

    private static ObjectNode dataset(DatasetSpec d) {
        DatasetKind kind = d.kind();
        boolean generated = kind != DatasetKind.CSV;
        ObjectNode o = NODES.objectNode();
        o.put("kind", EnumNames.of(kind));
        o.put("seed", d.seed());
        if (generated || d.samples() != DatasetReader.DEFAULT_SAMPLES) {
            o.put("samples", d.samples());
        }
        number(o, "noise", d.noise(), generated, DatasetReader.DEFAULT_NOISE);
        if (kind == DatasetKind.SPIRAL || kind == DatasetKind.BLOBS || d.classes() != DatasetReader.DEFAULT_CLASSES) {
            o.put("classes", d.classes());
        }
        if (kind == DatasetKind.BLOBS || kind == DatasetKind.TEACHER || d.features() != DatasetReader.DEFAULT_FEATURES) {
            o.put("features", d.features());
        }
        if (kind == DatasetKind.TEACHER || d.outputs() != DatasetReader.DEFAULT_OUTPUTS) {
            o.put("outputs", d.outputs());
        }
        if (!generated || d.csvFile() != null || d.targetColumn() != null
                || d.csvHeader() != DatasetReader.DEFAULT_CSV_HEADER
                || d.csvClassification() != DatasetReader.DEFAULT_CSV_CLASSIFICATION) {
            ObjectNode csv = o.putObject("csv");
            if (d.csvFile() != null) {
                csv.put("file", d.csvFile());
            }
            if (d.targetColumn() != null) {
                csv.put("targetColumn", d.targetColumn());
            }
            csv.put("header", d.csvHeader());
            csv.put("classification", d.csvClassification());
        }
        number(o, "validationFraction", d.validationFraction());
        o.put("standardize", d.standardize());
        return o;
    }

    private static ObjectNode network(NetworkSpec n) {
        ObjectNode o = NODES.objectNode();
        o.put("inputSize", n.inputSize());
        ArrayNode layers = o.putArray("layers");
        for (LayerSpec layer : n.layers()) {
            layers.add(layer(layer));
        }
        ArrayNode residuals = o.putArray("residuals");
        for (ResidualSpec r : n.residuals()) {
            ObjectNode block = NODES.objectNode();
            block.put("firstLayer", r.firstLayer());
            block.put("layerCount", r.layerCount());
            residuals.addRawValue(inline(block));
        }
        return o;
    }

    private static ObjectNode layer(LayerSpec l) {
        ObjectNode o = NODES.objectNode();
        o.put("type", LayerReader.DENSE);
        o.put("units", l.units());
        o.putRawValue("activation", inline(activation(l.activation())));
        o.putRawValue("init", inline(init(l.weightInit())));
        number(o, "biasInit", l.biasInit());
        o.put("batchNorm", EnumNames.of(l.batchNorm()));
        number(o, "dropout", l.dropout());
        return o;
    }

    private static ObjectNode activation(ActivationSpec a) {
        ActivationKind kind = a.kind();
        ActivationSpec defaults = ActivationSpec.of(kind);
        boolean rrelu = kind == ActivationKind.RRELU;
        ObjectNode o = NODES.objectNode();
        o.put("kind", EnumNames.of(kind));
        number(o, "alpha", a.alpha(), kind == ActivationKind.LEAKY_RELU || kind == ActivationKind.ELU, defaults.alpha());
        number(o, "rreluLower", a.rreluLower(), rrelu, defaults.rreluLower());
        number(o, "rreluUpper", a.rreluUpper(), rrelu, defaults.rreluUpper());
        return o;
    }

    private static ObjectNode init(InitSpec i) {
        InitKind kind = i.kind();
        InitSpec defaults = InitSpec.of(kind);
        ObjectNode o = NODES.objectNode();
        o.put("kind", EnumNames.of(kind));
        number(o, "value", i.value(), kind == InitKind.CONSTANT, defaults.value());
        number(o, "mean", i.mean(), kind == InitKind.NORMAL, defaults.mean());
        number(o, "std", i.std(), kind == InitKind.NORMAL, defaults.std());
        number(o, "limit", i.limit(), kind == InitKind.UNIFORM, defaults.limit());
        number(o, "gain", i.gain(), SCALED.contains(kind), defaults.gain());
        return o;
    }

    private static ObjectNode training(TrainingSpec t) {
        ObjectNode o = NODES.objectNode();
        o.put("loss", EnumNames.of(t.loss()));
        o.set("optimizer", optimizer(t.optimizer()));
        ClipSpec clip = t.clip();
        ObjectNode c = NODES.objectNode();
        c.put("kind", EnumNames.of(clip.kind()));
        number(c, "threshold", clip.threshold(), clip.kind() != ClipKind.NONE, TrainingReader.DEFAULT_CLIP_THRESHOLD);
        o.putRawValue("clip", inline(c));
        number(o, "l1", t.l1());
        number(o, "l2", t.l2());
        o.put("batchSize", t.batchSize());
        o.put("accumulationSteps", t.accumulationSteps());
        o.put("steps", t.steps());
        o.put("validationEvery", t.validationEvery());
        o.put("histogramEvery", t.histogramEvery());
        return o;
    }

    private static ObjectNode optimizer(OptimizerSpec p) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", EnumNames.of(p.kind()));
        number(o, "learningRate", p.learningRate());
        number(o, "momentum", p.momentum());
        number(o, "beta1", p.beta1());
        number(o, "beta2", p.beta2());
        number(o, "rho", p.rho());
        number(o, "epsilon", p.epsilon());
        return o;
    }

    private static void number(ObjectNode o, String name, double value) {
        o.putRawValue(name, new RawValue(NumberText.of(value)));
    }

    /** Writes the number when the kind uses it or when it differs from its default. */
    private static void number(ObjectNode o, String name, double value, boolean used, double fallback) {
        if (used || Double.compare(value, fallback) != 0) {
            number(o, name, value);
        }
    }

    private static RawValue inline(ObjectNode small) {
        try {
            return new RawValue(JsonSupport.INLINE.writeValueAsString(small));
        } catch (JsonProcessingException e) {
            // Only strings, numbers and booleans are in these objects; serialising them cannot fail.
            throw new IllegalStateException("cannot serialise " + small, e);
        }
    }
}
