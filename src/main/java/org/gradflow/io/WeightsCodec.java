package org.gradflow.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradflow.engine.NetworkState;

/**
 * The {@code weights} section of an experiment file: a trainer's {@link NetworkState} (every parameter, its
 * optimiser state, batch-norm running statistics and the step counts), so training can continue after reopening.
 * Each tensor is a packed float32 array under its name.
 */
public final class WeightsCodec {
    private static final List<String> FIELDS = List.of("encoding", "steps", "optimizerSteps", "tensors");
    private static final int MAX_TENSORS = 100_000;

    private WeightsCodec() {
    }

    /** @return the JSON of a state, never {@code null} */
    public static ObjectNode write(NetworkState state) {
        ObjectNode n = JsonSupport.MAPPER.createObjectNode();
        n.put("encoding", PackedArrays.ENCODING);
        n.put("steps", state.steps());
        n.put("optimizerSteps", state.optimizerSteps());
        ObjectNode tensors = n.putObject("tensors");
        state.tensors().forEach((name, values) -> tensors.put(name, PackedArrays.floats(values)));
        return n;
    }

    /**
     * @param source the file's name, for messages
     * @throws ExperimentFileException naming the JSON path of the first malformed part
     */
    public static NetworkState read(JsonNode node, String source) throws ExperimentFileException {
        FieldReader f = FieldReader.of(source, "weights", node, FIELDS);
        String encoding = f.requiredString("encoding");
        if (!PackedArrays.ENCODING.equals(encoding)) {
            throw new ExperimentFileException(source, f.pathOf("encoding"), "unknown encoding " + Excerpt.quote(encoding)
                    + "; this version reads \"" + PackedArrays.ENCODING + "\"");
        }
        long steps = f.requiredLong("steps");
        long optimizerSteps = f.requiredLong("optimizerSteps");
        JsonNode tensorsNode = f.required("tensors");
        if (!tensorsNode.isObject() || tensorsNode.size() > MAX_TENSORS) {
            throw new ExperimentFileException(source, f.pathOf("tensors"), "expected an object of at most " + MAX_TENSORS
                    + " named packed arrays");
        }
        Map<String, float[]> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : tensorsNode.properties()) {
            String path = f.pathOf("tensors") + "[" + Excerpt.quote(e.getKey()) + "]";
            tensors.put(e.getKey(), PackedArrays.floats(e.getValue(), path, source));
        }
        if (steps < 0 || optimizerSteps < 0) {
            throw new ExperimentFileException(source, f.pathOf("steps"), "step counts must not be negative");
        }
        return new NetworkState(steps, optimizerSteps, tensors);
    }
}
