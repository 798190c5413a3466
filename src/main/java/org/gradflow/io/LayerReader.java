package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;

/**
 * Reads one element of {@code network.layers} into a {@link LayerSpec}, with its activation and weight
 * initialiser, each given as a name (shorthand) or as an object.
 */
final class LayerReader {
    static final List<String> FIELDS = List.of("type", "units", "activation", "init", "biasInit", "batchNorm", "dropout");
    static final List<String> ACTIVATION_FIELDS = List.of("kind", "alpha", "rreluLower", "rreluUpper");
    static final List<String> INIT_FIELDS = List.of("kind", "value", "mean", "std", "limit", "gain");
    /** The only layer type so far. */
    static final String DENSE = "dense";
    static final double DEFAULT_BIAS_INIT = 0;
    static final NormPlacement DEFAULT_BATCH_NORM = NormPlacement.NONE;
    static final double DEFAULT_DROPOUT = 0;

    private static final Map<String, String> RENAMES = Map.of("weightInit", "init");

    private LayerReader() {
    }

    static LayerSpec read(String source, String path, JsonNode node) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, FIELDS);
        String type = f.optionalString("type", DENSE);
        if (!type.equalsIgnoreCase(DENSE)) {
            throw new ExperimentFileException(source, f.pathOf("type"),
                    "unknown layer type " + Excerpt.quote(type) + "; valid: " + DENSE);
        }
        int units = f.requiredInt("units");
        ActivationSpec activation = activation(source, f.pathOf("activation"), f.required("activation"));
        InitSpec init = init(source, f.pathOf("init"), f.required("init"));
        double biasInit = f.optionalDouble("biasInit", DEFAULT_BIAS_INIT);
        NormPlacement batchNorm = f.optionalEnum("batchNorm", NormPlacement.class, "batch norm placement",
                DEFAULT_BATCH_NORM);
        double dropout = f.optionalDouble("dropout", DEFAULT_DROPOUT);
        return f.build(RENAMES, () -> new LayerSpec(units, activation, init, biasInit, batchNorm, dropout));
    }

    /** An activation name such as {@code "tanh"}, or an object {@code {"kind": "leaky_relu", "alpha": 0.1}}. */
    static ActivationSpec activation(String source, String path, JsonNode node) throws ExperimentFileException {
        if (node.isTextual()) {
            return ActivationSpec.of(JsonValues.toEnum(source, path, node, ActivationKind.class, "activation"));
        }
        if (!node.isObject()) {
            throw new ExperimentFileException(source, path, "expected an activation name or object, got "
                    + JsonValues.describe(node) + "; valid names: " + EnumNames.all(ActivationKind.class));
        }
        FieldReader f = FieldReader.of(source, path, node, ACTIVATION_FIELDS);
        ActivationKind kind = f.requiredEnum("kind", ActivationKind.class, "activation");
        ActivationSpec defaults = ActivationSpec.of(kind);
        double alpha = f.optionalDouble("alpha", defaults.alpha());
        double lower = f.optionalDouble("rreluLower", defaults.rreluLower());
        double upper = f.optionalDouble("rreluUpper", defaults.rreluUpper());
        return f.build(Map.of(), () -> new ActivationSpec(kind, alpha, lower, upper));
    }

    /** An initialiser name such as {@code "he_normal"}, or an object {@code {"kind": "normal", "std": 0.5}}. */
    static InitSpec init(String source, String path, JsonNode node) throws ExperimentFileException {
        if (node.isTextual()) {
            return InitSpec.of(JsonValues.toEnum(source, path, node, InitKind.class, "initialiser"));
        }
        if (!node.isObject()) {
            throw new ExperimentFileException(source, path, "expected an initialiser name or object, got "
                    + JsonValues.describe(node) + "; valid names: " + EnumNames.all(InitKind.class));
        }
        FieldReader f = FieldReader.of(source, path, node, INIT_FIELDS);
        InitKind kind = f.requiredEnum("kind", InitKind.class, "initialiser");
        InitSpec defaults = InitSpec.of(kind);
        double value = f.optionalDouble("value", defaults.value());
        double mean = f.optionalDouble("mean", defaults.mean());
        double std = f.optionalDouble("std", defaults.std());
        double limit = f.optionalDouble("limit", defaults.limit());
        double gain = f.optionalDouble("gain", defaults.gain());
        return f.build(Map.of(), () -> new InitSpec(kind, value, mean, std, limit, gain));
    }
}
