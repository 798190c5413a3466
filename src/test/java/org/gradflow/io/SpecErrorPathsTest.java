package org.gradflow.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradflow.io.Documents.assertError;
import static org.gradflow.io.Documents.at;
import static org.gradflow.io.Documents.valid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gradflow.model.ActivationKind;
import org.junit.jupiter.api.Test;

/**
 * Every kind of content error names the file, the exact JSON path and the problem. Range errors come from the
 * model's validation and are mapped to the full path.
 */
class SpecErrorPathsTest {

    @Test
    void validDocumentLoads() throws Exception {
        assertThat(ExperimentFiles.read(Documents.text(valid()), "ok.json").spec()).isEqualTo(Documents.fiveLayers());
    }

    @Test
    void unknownActivationListsTheValidOnes() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3").put("activation", "lekay_relu");
        ExperimentFileException e = assertError(doc, "deep.json", "network.layers[3].activation",
                "unknown activation \"lekay_relu\"; valid: identity, sigmoid, tanh, relu, leaky_relu, rrelu, elu, selu, "
                        + "gelu, softplus, swish, softsign, softmax");
        assertThat(e.getMessage()).isEqualTo("deep.json: network.layers[3].activation: " + e.problem());
    }

    @Test
    void unknownActivationKindInObjectForm() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3/activation").put("kind", "sigmoidal");
        assertError(doc, "deep.json", "network.layers[3].activation.kind", "unknown activation \"sigmoidal\"; valid: ");
    }

    @Test
    void unknownInitDatasetLossOptimizerClipAndBatchNorm() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/0").put("init", "glorot");
        assertError(doc, "x.json", "network.layers[0].init", "unknown initialiser \"glorot\"; valid: zeros, constant, ");
        doc = valid();
        at(doc, "/dataset").put("kind", "mnist");
        assertError(doc, "x.json", "dataset.kind", "unknown dataset kind \"mnist\"; valid: spiral, moons, ");
        doc = valid();
        at(doc, "/training").put("loss", "hinge");
        assertError(doc, "x.json", "training.loss", "valid: mse, softmax_cross_entropy, binary_cross_entropy");
        doc = valid();
        at(doc, "/training/optimizer").put("kind", "lbfgs");
        assertError(doc, "x.json", "training.optimizer.kind", "valid: sgd, momentum, nesterov, adagrad, rmsprop, adam");
        doc = valid();
        at(doc, "/training").put("clip", "norm");
        assertError(doc, "x.json", "training.clip", "valid: none, value, layer_norm, global_norm");
        doc = valid();
        at(doc, "/network/layers/1").put("batchNorm", "after");
        assertError(doc, "x.json", "network.layers[1].batchNorm", "valid: none, before_activation, after_activation");
        doc = valid();
        at(doc, "/network/layers/1").put("type", "conv2d");
        assertError(doc, "x.json", "network.layers[1].type", "unknown layer type \"conv2d\"; valid: dense");
    }

    @Test
    void missingRequiredFields() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3").remove("units");
        assertError(doc, "deep.json", "network.layers[3].units", "missing required field");
        doc = valid();
        doc.remove("training");
        assertError(doc, "deep.json", "training", "missing required field");
        doc = valid();
        at(doc, "/training/optimizer").remove("learningRate");
        assertError(doc, "deep.json", "training.optimizer.learningRate", "missing required field");
        doc = valid();
        at(doc, "/network/layers/2").putNull("init");
        assertError(doc, "deep.json", "network.layers[2].init", "required field must not be null");
        doc = valid();
        doc.remove("seed");
        assertError(doc, "deep.json", "seed", "missing required field");
    }

    @Test
    void wrongTypes() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3").put("units", "64");
        assertError(doc, "deep.json", "network.layers[3].units", "expected an integer, got a string \"64\"");
        doc = valid();
        at(doc, "/network/layers/3").put("units", 6.5);
        assertError(doc, "deep.json", "network.layers[3].units", "expected an integer, got the number 6.5");
        doc = valid();
        at(doc, "/training/optimizer").put("learningRate", "fast");
        assertError(doc, "deep.json", "training.optimizer.learningRate", "expected a number, got a string \"fast\"");
        doc = valid();
        at(doc, "/dataset").put("standardize", "yes");
        assertError(doc, "deep.json", "dataset.standardize", "expected true or false, got a string \"yes\"");
        doc = valid();
        at(doc, "/network").put("layers", 5);
        assertError(doc, "deep.json", "network.layers", "expected an array, got the number 5");
        doc = valid();
        doc.putArray("network");
        assertError(doc, "deep.json", "network", "expected an object, got an array");
        doc = valid();
        at(doc, "/network/layers/1").put("activation", 3);
        assertError(doc, "deep.json", "network.layers[1].activation", "expected an activation name or object, got the number 3");
        doc = valid();
        doc.put("name", 12);
        assertError(doc, "deep.json", "name", "expected a string, got the number 12");
    }

    @Test
    void numbersThatDoNotFit() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3").put("units", 1e10);
        assertError(doc, "deep.json", "network.layers[3].units", "must be between -2147483648 and 2147483647, got 1.0E10");
        assertError(Documents.text(valid()).replace("\"learningRate\": 0.05", "\"learningRate\": 1e400"), "deep.json",
                "training.optimizer.learningRate", "too large");
        assertError(Documents.text(valid()).replace("\"seed\": 42", "\"seed\": 99999999999999999999"), "deep.json",
                "seed", "must be between -9223372036854775808 and 9223372036854775807");
    }

    @Test
    void outOfRangeValuesGetTheFullPath() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/3").put("units", 0);
        assertError(doc, "deep.json", "network.layers[3].units", "must be between 1 and 65536, got 0");
        doc = valid();
        at(doc, "/network/layers/2").put("dropout", 1.0);
        assertError(doc, "deep.json", "network.layers[2].dropout", "must be at least 0.0 and below 1.0, got 1.0");
        doc = valid();
        at(doc, "/network/layers/3").putObject("activation").put("kind", "leaky_relu").put("alpha", 1.5);
        assertError(doc, "deep.json", "network.layers[3].activation.alpha", "below 1.0, got 1.5");
        doc = valid();
        at(doc, "/network/layers/3").putObject("activation").put("kind", "rrelu").put("rreluLower", 0.3).put("rreluUpper", 0.2);
        assertError(doc, "deep.json", "network.layers[3].activation.rreluUpper", "must not be below rreluLower");
        doc = valid();
        at(doc, "/network/layers/0").putObject("init").put("kind", "normal").put("std", -1);
        assertError(doc, "deep.json", "network.layers[0].init.std", "must be greater than 0");
        doc = valid();
        at(doc, "/dataset").put("validationFraction", 0.95);
        assertError(doc, "deep.json", "dataset.validationFraction", "must be between 0 and 0.9, got 0.95");
        doc = valid();
        at(doc, "/training/optimizer").put("learningRate", 0);
        assertError(doc, "deep.json", "training.optimizer.learningRate", "must be greater than 0");
        doc = valid();
        at(doc, "/training").putObject("clip").put("kind", "global_norm").put("threshold", 0);
        assertError(doc, "deep.json", "training.clip.threshold", "must be greater than 0");
        doc = valid();
        at(doc, "/training").put("steps", 0);
        assertError(doc, "deep.json", "training.steps", "must be between 1 and 1000000000, got 0");
        doc = valid();
        doc.put("name", "n".repeat(201));
        assertError(doc, "deep.json", "name", "must be at most 200 characters, got 201");
        doc = valid();
        ((ArrayNode) doc.at("/network/residuals")).addObject().put("firstLayer", 0).put("layerCount", 3);
        assertError(doc, "deep.json", "network.residuals[0].layerCount", "must be between 1 and 2, got 3");
    }

    @Test
    void crossFieldErrorsGetTheFullPath() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/1").put("activation", "softmax");
        assertError(doc, "deep.json", "network.layers[1].activation", "softmax is allowed on the output layer only");
        doc = valid();
        at(doc, "/training").put("loss", "softmax_cross_entropy");
        assertError(doc, "deep.json", "network.layers[4].activation", "softmax cross-entropy needs a softmax output layer");
        doc = valid();
        at(doc, "/network").put("inputSize", 5);
        assertError(doc, "deep.json", "network.inputSize", "must equal the dataset's input width 4, got 5");
        doc = valid();
        at(doc, "/network/layers/4").put("units", 2);
        assertError(doc, "deep.json", "network.layers[4].units", "as many units as the dataset has targets (3), got 2");
        doc = valid();
        at(doc, "/network/layers/4").put("dropout", 0.5);
        assertError(doc, "deep.json", "network.layers[4].dropout", "the output layer cannot have dropout");
        doc = valid();
        ((ArrayNode) doc.at("/network/residuals")).addObject().put("firstLayer", 3).put("layerCount", 2);
        assertError(doc, "deep.json", "network.residuals[0]", "a residual block must end before the output layer");
        doc = valid();
        at(doc, "/network").putArray("layers");
        assertError(doc, "deep.json", "network.layers", "must be between 1 and 1000, got 0");
    }

    @Test
    void csvDatasetNeedsItsFileAndTargetColumn() {
        ObjectNode doc = valid();
        at(doc, "/dataset").put("kind", "csv");
        assertError(doc, "deep.json", "dataset.csv", "missing required field (a csv dataset needs its file and target column)");
        at(doc, "/dataset").putObject("csv").put("targetColumn", "y");
        assertError(doc, "deep.json", "dataset.csv.file", "is required for a CSV dataset");
        at(doc, "/dataset/csv").put("file", "d.csv").put("targetColumn", " ");
        assertError(doc, "deep.json", "dataset.csv.targetColumn", "is required for a CSV dataset");
        at(doc, "/dataset/csv").put("targetColumn", 2.5);
        assertError(doc, "deep.json", "dataset.csv.targetColumn", "expected an integer, got the number 2.5");
        at(doc, "/dataset/csv").put("targetColumn", true);
        assertError(doc, "deep.json", "dataset.csv.targetColumn", "expected a column name (a string) or a column number");
    }

    @Test
    void unknownFieldsAreTyposWithTheirPath() {
        ObjectNode doc = valid();
        doc.set("netwrok", doc.get("network"));
        assertError(doc, "deep.json", "netwrok", "unknown field; did you mean \"network\"?; valid fields here: format, version, ");
        doc = valid();
        at(doc, "/network/layers/3").put("unitz", 3);
        assertError(doc, "deep.json", "network.layers[3].unitz", "unknown field; did you mean \"units\"?");
        doc = valid();
        at(doc, "/network/layers/3").putObject("activation").put("kind", "elu").put("slope", 3);
        assertError(doc, "deep.json", "network.layers[3].activation.slope",
                "unknown field; valid fields here: kind, alpha, rreluLower, rreluUpper");
        doc = valid();
        at(doc, "/dataset").putObject("csv").put("file", "a.csv").put("sep", ";");
        assertError(doc, "deep.json", "dataset.csv.sep", "unknown field");
        doc = valid();
        at(doc, "/training").put("a key\nwith \"quotes\"", 1);
        assertError(doc, "deep.json", "training[\"a key\\nwith \\\"quotes\\\"\"]", "unknown field");
    }

    @Test
    void tooManyLayersIsRefusedBeforeReadingThem() {
        ObjectNode doc = valid();
        ArrayNode layers = at(doc, "/network").putArray("layers");
        for (int i = 0; i < 1001; i++) {
            layers.add(1);
        }
        assertError(doc, "deep.json", "network.layers", "must have at most 1000 elements, got 1001");
    }

    @Test
    void everyActivationNameIsInTheList() {
        ObjectNode doc = valid();
        at(doc, "/network/layers/0").put("activation", "none");
        ExperimentFileException e = assertError(doc, "a.json", "network.layers[0].activation", "unknown activation");
        for (ActivationKind kind : ActivationKind.values()) {
            assertThat(e.problem()).contains(EnumNames.of(kind));
        }
    }
}
