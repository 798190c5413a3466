package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.ResidualSpec;

/** Reads the {@code "network"} section into a {@link NetworkSpec}: input width, layers and residual blocks. */
final class NetworkReader {
    static final List<String> FIELDS = List.of("inputSize", "layers", "residuals");
    static final List<String> RESIDUAL_FIELDS = List.of("firstLayer", "layerCount");
    /** More residual blocks than this cannot fit, as blocks do not overlap. */
    private static final int MAX_RESIDUALS = NetworkSpec.MAX_LAYERS;
    private static final Map<String, String> RENAMES = Map.of("layers.size", "layers");

    private NetworkReader() {
    }

    static NetworkSpec read(String source, String path, JsonNode node) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, FIELDS);
        int inputSize = f.requiredInt("inputSize");
        List<JsonNode> layerNodes = f.requiredArray("layers", NetworkSpec.MAX_LAYERS);
        List<LayerSpec> layers = new ArrayList<>(layerNodes.size());
        for (int i = 0; i < layerNodes.size(); i++) {
            layers.add(LayerReader.read(source, JsonPaths.index(f.pathOf("layers"), i), layerNodes.get(i)));
        }
        List<JsonNode> residualNodes = f.optionalArray("residuals", MAX_RESIDUALS);
        List<ResidualSpec> residuals = new ArrayList<>(residualNodes.size());
        for (int i = 0; i < residualNodes.size(); i++) {
            residuals.add(residual(source, JsonPaths.index(f.pathOf("residuals"), i), residualNodes.get(i)));
        }
        return f.build(RENAMES, () -> new NetworkSpec(inputSize, layers, residuals));
    }

    private static ResidualSpec residual(String source, String path, JsonNode node) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, path, node, RESIDUAL_FIELDS);
        int first = f.requiredInt("firstLayer");
        int count = f.requiredInt("layerCount");
        return f.build(Map.of(), () -> new ResidualSpec(first, count));
    }
}
