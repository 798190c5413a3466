package org.gradflow.ui.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.model.DatasetSpec;
import org.gradflow.model.ExperimentSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NetworkSpec;
import org.gradflow.model.ResidualSpec;
import org.gradflow.model.TrainingSpec;

/**
 * Builds an {@link ExperimentSpec} from the editable state, collecting every problem with its field path. Each part
 * (dataset, every layer, training) is checked on its own so that several problems can be shown at once; the
 * network-wide and experiment-wide checks run only when the parts are valid. A residual block's problem
 * ({@code network.residuals[k]}) is reported on its first layer as {@code network.layers[i].residual}.
 */
final class SpecAssembly {
    private static final Pattern RESIDUAL = Pattern.compile("residuals\\[(\\d+)]");

    private SpecAssembly() {
    }

    /**
     * @param spec the experiment, or {@code null} when a problem was found
     * @param dataset the dataset part, or {@code null} when it is invalid
     * @param problems field path to problem, in the order found; empty exactly when {@code spec} is not {@code null}
     */
    record Result(ExperimentSpec spec, DatasetSpec dataset, Map<String, String> problems) {
    }

    /** Assembles the spec; no argument may be {@code null} (texts may be). */
    static Result assemble(String name, String seedText, String inputSizeText, List<LayerRowViewModel> rows,
                           DatasetViewModel datasetModel, TrainingViewModel trainingModel) {
        FieldProblems problems = new FieldProblems();
        if (name == null) {
            problems.add("name", "is required");
        }
        Long seed = problems.parseLong("seed", seedText);
        DatasetSpec dataset = datasetModel.toSpec(problems);
        Integer inputSize = problems.parseInt("network.inputSize", inputSizeText);
        List<LayerSpec> layers = new ArrayList<>();
        List<ResidualSpec> residuals = new ArrayList<>();
        List<Integer> residualStarts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "network.layers[" + i + "].";
            layers.add(rows.get(i).toSpec(prefix, problems));
            int span = rows.get(i).residualSpanProperty().get();
            if (span != 0) {
                int first = i;
                ResidualSpec r = problems.build(prefix + "residual", f -> "", () -> new ResidualSpec(first, span));
                residuals.add(r);
                residualStarts.add(i);
            }
        }
        TrainingSpec training = trainingModel.toSpec(problems);
        ExperimentSpec spec = null;
        if (problems.isEmpty()) {
            NetworkSpec network = problems.build("network.", f -> residualToLayer(f, residualStarts),
                    () -> new NetworkSpec(inputSize, layers, residuals));
            if (network != null) {
                spec = problems.build("", () -> new ExperimentSpec(name, seed, dataset, network, training));
            }
        }
        return new Result(spec, dataset, problems.asMap());
    }

    private static String residualToLayer(String field, List<Integer> starts) {
        Matcher m = RESIDUAL.matcher(field);
        if (m.matches()) {
            return "layers[" + starts.get(Integer.parseInt(m.group(1))) + "].residual";
        }
        return field;
    }

    /** @return the first problem of layer {@code index} as "field: problem" (field relative to the layer), or "" */
    static String firstProblemOfLayer(Map<String, String> problems, int index) {
        String prefix = "network.layers[" + index + "].";
        for (Map.Entry<String, String> e : problems.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                return e.getKey().substring(prefix.length()) + ": " + e.getValue();
            }
        }
        return "";
    }

    /** @return "" when there is no problem, else "path: problem", with "(and N more)" when there are several */
    static String summary(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        String text = first.getKey() + ": " + first.getValue();
        int more = problems.size() - 1;
        return more == 0 ? text : text + " (and " + more + " more)";
    }
}
