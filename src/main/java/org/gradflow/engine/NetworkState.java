package org.gradflow.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trainer's learned state as plain numbers, enough to continue training: every parameter's values and optimiser
 * state, the batch-norm running statistics, and the step counts. Tensors are keyed by name
 * ({@code layers[2].W}, {@code layers[2].W#state1}, {@code layers[2].bn.runningMean}, ...), values row-major.
 *
 * @param steps steps taken
 * @param optimizerSteps updates since the optimiser was last (re)set (Adam's bias correction)
 * @param tensors name to values, in network order, not {@code null}; copied
 */
public record NetworkState(long steps, long optimizerSteps, Map<String, float[]> tensors) {
    public NetworkState {
        Objects.requireNonNull(tensors, "tensors");
        Map<String, float[]> copy = new LinkedHashMap<>();
        tensors.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "tensor name"), v.clone()));
        tensors = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return a copy of one tensor's values, or {@code null} when there is no such name */
    public float[] tensor(String name) {
        float[] v = tensors.get(name);
        return v == null ? null : v.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NetworkState s) || s.steps != steps || s.optimizerSteps != optimizerSteps
                || !s.tensors.keySet().equals(tensors.keySet())) {
            return false;
        }
        for (Map.Entry<String, float[]> e : tensors.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), s.tensors.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(steps) * 31 + tensors.keySet().hashCode();
    }
}
