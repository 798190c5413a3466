package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/** Reads the {@code "training"} section into a {@link TrainingSpec}, with its optimiser and clipping. */
final class TrainingReader {
    static final List<String> FIELDS = List.of("loss", "optimizer", "clip", "l1", "l2", "batchSize",
            "accumulationSteps", "steps", "validationEvery", "histogramEvery");
    static final List<String> OPTIMIZER_FIELDS = List.of("kind", "learningRate", "momentum", "beta1", "beta2", "rho",
            "epsilon");
    static final List<String> CLIP_FIELDS = List.of("kind", "threshold");

    static final double DEFAULT_PENALTY = 0;
    static final int DEFAULT_ACCUMULATION_STEPS = 1;
    static final int DEFAULT_VALIDATION_EVERY = 10;
    static final int DEFAULT_HISTOGRAM_EVERY = 10;
    static final double DEFAULT_CLIP_THRESHOLD = 1;

    private TrainingReader() {
    }

    static TrainingSpec read(String source, String path, JsonNode node) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, FIELDS);
        LossKind loss = f.requiredEnum("loss", LossKind.class, "loss");
        OptimizerSpec optimizer = optimizer(source, f.pathOf("optimizer"), f.required("optimizer"));
        JsonNode clipNode = f.optional("clip");
        ClipSpec clip = clipNode == null ? ClipSpec.NONE : clip(source, f.pathOf("clip"), clipNode);
        double l1 = f.optionalDouble("l1", DEFAULT_PENALTY);
        double l2 = f.optionalDouble("l2", DEFAULT_PENALTY);
        int batchSize = f.requiredInt("batchSize");
        int accumulation = f.optionalInt("accumulationSteps", DEFAULT_ACCUMULATION_STEPS);
        long steps = f.requiredLong("steps");
        int validationEvery = f.optionalInt("validationEvery", DEFAULT_VALIDATION_EVERY);
        int histogramEvery = f.optionalInt("histogramEvery", DEFAULT_HISTOGRAM_EVERY);
        return f.build(Map.of(), () -> new TrainingSpec(loss, optimizer, clip, l1, l2, batchSize, accumulation, steps,
                validationEvery, histogramEvery));
    }

    /** Always an object; {@code kind} and {@code learningRate} are required, the rest default as in {@link OptimizerSpec#of}. */
    static OptimizerSpec optimizer(String source, String path, JsonNode node) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, OPTIMIZER_FIELDS);
        OptimizerKind kind = f.requiredEnum("kind", OptimizerKind.class, "optimizer");
        double learningRate = f.requiredDouble("learningRate");
        OptimizerSpec defaults = OptimizerSpec.of(kind, 1);
        double momentum = f.optionalDouble("momentum", defaults.momentum());
        double beta1 = f.optionalDouble("beta1", defaults.beta1());
        double beta2 = f.optionalDouble("beta2", defaults.beta2());
        double rho = f.optionalDouble("rho", defaults.rho());
        double epsilon = f.optionalDouble("epsilon", defaults.epsilon());
        return f.build(Map.of(), () -> new OptimizerSpec(kind, learningRate, momentum, beta1, beta2, rho, epsilon));
    }

    /** A clipping name such as {@code "none"}, or an object {@code {"kind": "global_norm", "threshold": 5}}. */
    static ClipSpec clip(String source, String path, JsonNode node) throws ExperimentFileException {
        if (node.isTextual()) {
            ClipKind kind = JsonValues.toEnum(source, path, node, ClipKind.class, "clipping kind");
            return new ClipSpec(kind, DEFAULT_CLIP_THRESHOLD);
        }
        if (!node.isObject()) {
            throw new ExperimentFileException(source, path, "expected a clipping name or object, got "
                    + JsonValues.describe(node) + "; valid names: " + EnumNames.all(ClipKind.class));
        }
        FieldReader f = FieldReader.of(source, path, node, CLIP_FIELDS);
        ClipKind kind = f.requiredEnum("kind", ClipKind.class, "clipping kind");
        double threshold = f.optionalDouble("threshold", DEFAULT_CLIP_THRESHOLD);
        return f.build(Map.of(), () -> new ClipSpec(kind, threshold));
    }
}
