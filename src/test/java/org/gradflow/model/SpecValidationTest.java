package org.gradflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every validation rule of the spec records rejects a bad value with an {@link InvalidSpecException} whose
 * {@code field()} names the offending field (and whose message starts with it), while the neighbouring good values
 * are accepted, so each rule is shown to sit exactly at its documented boundary.
 */
class SpecValidationTest {
    private static void assertRejected(ThrowingCallable code, String field) {
        InvalidSpecException e = catchThrowableOfType(InvalidSpecException.class, code);
        assertThat(e).as("expected a rejection naming %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).startsWith(field + ": ");
        assertThat(e.problem()).isNotBlank();
    }

    private static LayerSpec tanh(int units) {
        return LayerSpec.dense(units, ActivationKind.TANH, InitKind.XAVIER_NORMAL);
    }

    private static LayerSpec out(int units, ActivationKind act) {
        return LayerSpec.dense(units, act, InitKind.XAVIER_NORMAL);
    }

    private static TrainingSpec training(LossKind loss) {
        return TrainingSpec.of(loss, OptimizerSpec.of(OptimizerKind.SGD, 0.1), 8, 10);
    }

    // ---------------------------------------------------------------- layers

    @Test
    void units() {
        assertRejected(() -> tanh(0), "units");
        assertRejected(() -> tanh(-3), "units");
        assertRejected(() -> tanh(LayerSpec.MAX_UNITS + 1), "units");
        assertThatCode(() -> tanh(1)).doesNotThrowAnyException();
        assertThatCode(() -> tanh(LayerSpec.MAX_UNITS)).doesNotThrowAnyException();
    }

    @Test
    void dropout() {
        assertRejected(() -> tanh(3).withDropout(-0.1), "dropout");
        assertRejected(() -> tanh(3).withDropout(1), "dropout");
        assertRejected(() -> tanh(3).withDropout(Double.NaN), "dropout");
        assertThatCode(() -> tanh(3).withDropout(0.99)).doesNotThrowAnyException();
        assertThatCode(() -> tanh(3).withDropout(0)).doesNotThrowAnyException();
    }

    @Test
    void biasAndRequiredParts() {
        assertRejected(() -> tanh(3).withBiasInit(Double.POSITIVE_INFINITY), "biasInit");
        assertRejected(() -> tanh(3).withActivation(null), "activation");
        assertRejected(() -> tanh(3).withInit(null), "weightInit");
        assertRejected(() -> tanh(3).withBatchNorm(null), "batchNorm");
    }

    @Test
    void activationParameters() {
        assertRejected(() -> ActivationSpec.leakyRelu(1), "alpha");
        assertRejected(() -> ActivationSpec.leakyRelu(-0.01), "alpha");
        assertRejected(() -> ActivationSpec.elu(0), "alpha");
        assertRejected(() -> ActivationSpec.elu(Double.NaN), "alpha");
        assertRejected(() -> ActivationSpec.rrelu(-0.1, 0.3), "rreluLower");
        assertRejected(() -> ActivationSpec.rrelu(0.1, 1), "rreluUpper");
        assertRejected(() -> ActivationSpec.rrelu(0.3, 0.2), "rreluUpper");
        assertThatCode(() -> ActivationSpec.rrelu(0.2, 0.2)).doesNotThrowAnyException();
        assertThatCode(() -> ActivationSpec.leakyRelu(0)).doesNotThrowAnyException();
    }

    @Test
    void initParameters() {
        assertRejected(() -> InitSpec.normal(0, 0), "std");
        assertRejected(() -> InitSpec.normal(Double.NaN, 1), "mean");
        assertRejected(() -> InitSpec.uniform(-1), "limit");
        assertRejected(() -> InitSpec.constant(Double.NEGATIVE_INFINITY), "value");
        assertRejected(() -> new InitSpec(InitKind.HE_NORMAL, 0, 0, 1, 1, 0), "gain");
        assertThatCode(() -> new InitSpec(InitKind.HE_NORMAL, 0, 0, 0, 0, 1)).as("std and limit unused by He")
                .doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- network

    @Test
    void layerCount() {
        assertRejected(() -> NetworkSpec.of(3, List.of()), "layers.size");
        List<LayerSpec> tooMany = new ArrayList<>(Collections.nCopies(NetworkSpec.MAX_LAYERS, tanh(2)));
        tooMany.add(out(1, ActivationKind.IDENTITY));
        assertRejected(() -> NetworkSpec.of(3, tooMany), "layers.size");
        tooMany.remove(0);
        assertThatCode(() -> NetworkSpec.of(3, tooMany)).doesNotThrowAnyException();
        assertRejected(() -> NetworkSpec.of(3, null), "layers");
        assertRejected(() -> new NetworkSpec(3, List.of(tanh(2)), null), "residuals");
    }

    @Test
    void inputSize() {
        assertRejected(() -> NetworkSpec.of(0, List.of(tanh(2))), "inputSize");
        assertRejected(() -> NetworkSpec.of(LayerSpec.MAX_UNITS + 1, List.of(tanh(2))), "inputSize");
    }

    @Test
    void softmaxOnlyOnTheOutputLayer() {
        assertRejected(() -> NetworkSpec.of(3, List.of(tanh(4), out(4, ActivationKind.SOFTMAX), out(2, ActivationKind.SOFTMAX))),
                "layers[1].activation");
        assertThatCode(() -> NetworkSpec.of(3, List.of(tanh(4), out(2, ActivationKind.SOFTMAX)))).doesNotThrowAnyException();
    }

    @Test
    void outputLayerHasNoDropoutOrBatchNorm() {
        assertRejected(() -> NetworkSpec.of(3, List.of(tanh(4), out(2, ActivationKind.IDENTITY).withDropout(0.2))),
                "layers[1].dropout");
        assertRejected(() -> NetworkSpec.of(3, List.of(tanh(4),
                out(2, ActivationKind.IDENTITY).withBatchNorm(NormPlacement.AFTER_ACTIVATION))), "layers[1].batchNorm");
    }

    /** 3 inputs, layers of 3, 3, 4, 4, 4 units, then 2 outputs (layer 5). */
    private static NetworkSpec withResiduals(ResidualSpec... residuals) {
        return new NetworkSpec(3, List.of(tanh(3), tanh(3), tanh(4), tanh(4), tanh(4), out(2, ActivationKind.IDENTITY)),
                List.of(residuals));
    }

    @Test
    void residualBlocks() {
        assertRejected(() -> new ResidualSpec(-1, 1), "firstLayer");
        assertRejected(() -> new ResidualSpec(0, 0), "layerCount");
        assertRejected(() -> new ResidualSpec(0, 3), "layerCount");
        assertThatCode(() -> withResiduals(new ResidualSpec(0, 2), new ResidualSpec(3, 2))).doesNotThrowAnyException();
        // width mismatch: layer 1's input is 3 wide, layer 2's output 4 wide
        assertRejected(() -> withResiduals(new ResidualSpec(1, 2)), "residuals[0]");
        // containing the output layer, or ending past it
        assertRejected(() -> withResiduals(new ResidualSpec(0, 1), new ResidualSpec(4, 2)), "residuals[1]");
        assertRejected(() -> withResiduals(new ResidualSpec(5, 1)), "residuals[0]");
        assertRejected(() -> withResiduals(new ResidualSpec(9, 1)), "residuals[0]");
        // overlapping: (3,2) covers 3-4, (4,1) starts at 4; listed in either order the later one is named
        assertRejected(() -> withResiduals(new ResidualSpec(3, 2), new ResidualSpec(4, 1)), "residuals[1]");
        assertRejected(() -> withResiduals(new ResidualSpec(4, 1), new ResidualSpec(3, 2)), "residuals[0]");
        assertRejected(() -> withResiduals(new ResidualSpec(0, 1), new ResidualSpec(0, 2)), "residuals[1]");
    }

    // ---------------------------------------------------------------- training

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY, 1e300, OptimizerSpec.MAX_LEARNING_RATE * 1.0001})
    void learningRate(double lr) {
        assertRejected(() -> OptimizerSpec.of(OptimizerKind.ADAM, lr), "learningRate");
    }

    @Test
    void optimizerHyperparameters() {
        assertThatCode(() -> OptimizerSpec.of(OptimizerKind.ADAM, OptimizerSpec.MAX_LEARNING_RATE)).doesNotThrowAnyException();
        assertRejected(() -> new OptimizerSpec(OptimizerKind.MOMENTUM, 0.1, 1, 0.9, 0.999, 0.9, 1e-8), "momentum");
        assertRejected(() -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0.9, -0.1, 0.999, 0.9, 1e-8), "beta1");
        assertRejected(() -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 1, 0.9, 1e-8), "beta2");
        assertRejected(() -> new OptimizerSpec(OptimizerKind.RMSPROP, 0.1, 0.9, 0.9, 0.999, Double.NaN, 1e-8), "rho");
        assertRejected(() -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 0.999, 0.9, 0), "epsilon");
        assertRejected(() -> new OptimizerSpec(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 0.999, 0.9, 2), "epsilon");
    }

    @Test
    void clipThreshold() {
        assertRejected(() -> new ClipSpec(ClipKind.GLOBAL_NORM, 0), "threshold");
        assertRejected(() -> new ClipSpec(ClipKind.VALUE, -1), "threshold");
        assertRejected(() -> new ClipSpec(ClipKind.LAYER_NORM, Double.NaN), "threshold");
        assertRejected(() -> new ClipSpec(ClipKind.NONE, Double.NaN), "threshold");
        assertThatCode(() -> new ClipSpec(ClipKind.NONE, 0)).doesNotThrowAnyException();
    }

    @Test
    void trainingFields() {
        OptimizerSpec sgd = OptimizerSpec.of(OptimizerKind.SGD, 0.1);
        TrainingSpec ok = training(LossKind.MSE);
        assertRejected(() -> TrainingSpec.of(LossKind.MSE, sgd, 0, 10), "batchSize");
        assertRejected(() -> TrainingSpec.of(LossKind.MSE, sgd, TrainingSpec.MAX_BATCH + 1, 10), "batchSize");
        assertRejected(() -> TrainingSpec.of(LossKind.MSE, sgd, 8, 0), "steps");
        assertRejected(() -> TrainingSpec.of(LossKind.MSE, sgd, 8, TrainingSpec.MAX_STEPS + 1), "steps");
        assertRejected(() -> TrainingSpec.of(null, sgd, 8, 10), "loss");
        assertRejected(() -> TrainingSpec.of(LossKind.MSE, null, 8, 10), "optimizer");
        assertRejected(() -> ok.withClip(null), "clip");
        assertRejected(() -> ok.withAccumulation(0), "accumulationSteps");
        assertRejected(() -> ok.withAccumulation(TrainingSpec.MAX_ACCUMULATION + 1), "accumulationSteps");
        assertRejected(() -> ok.withPenalties(-1e-3, 0), "l1");
        assertRejected(() -> ok.withPenalties(0, Double.NaN), "l2");
        assertRejected(() -> ok.withPenalties(0, TrainingSpec.MAX_PENALTY * 2), "l2");
        assertRejected(() -> new TrainingSpec(LossKind.MSE, sgd, ClipSpec.NONE, 0, 0, 8, 1, 10, 0, 1), "validationEvery");
        assertRejected(() -> new TrainingSpec(LossKind.MSE, sgd, ClipSpec.NONE, 0, 0, 8, 1, 10, 1, 0), "histogramEvery");
    }

    // ---------------------------------------------------------------- dataset

    @Test
    void datasetFields() {
        DatasetSpec ok = DatasetSpec.generated(DatasetKind.SPIRAL, 100, 0.1, 1);
        assertRejected(() -> DatasetSpec.generated(DatasetKind.SPIRAL, 1, 0.1, 1), "samples");
        assertRejected(() -> DatasetSpec.generated(DatasetKind.SPIRAL, 100, -0.1, 1), "noise");
        assertRejected(() -> DatasetSpec.generated(null, 100, 0.1, 1), "kind");
        assertRejected(() -> ok.withClasses(1), "classes");
        assertRejected(() -> ok.withFeatures(0), "features");
        assertRejected(() -> ok.withOutputs(0), "outputs");
        assertRejected(() -> ok.withValidationFraction(0.95), "validationFraction");
        assertRejected(() -> ok.withValidationFraction(-0.01), "validationFraction");
        assertRejected(() -> ok.withValidationFraction(Double.NaN), "validationFraction");
        assertThatCode(() -> ok.withValidationFraction(0.9)).doesNotThrowAnyException();
    }

    @Test
    void csvDatasetNeedsAFileAndATargetColumn() {
        assertRejected(() -> new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, null, "y", true, false, 0.2, true), "csvFile");
        assertRejected(() -> new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, "  ", "y", true, false, 0.2, true), "csvFile");
        assertRejected(() -> new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, "d.csv", "", true, false, 0.2, true),
                "targetColumn");
        assertThatCode(() -> new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, "d.csv", "y", true, false, 0.2, true))
                .doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- experiment

    @Test
    void lossMustFitTheOutputActivation() {
        NetworkSpec softmaxOut = NetworkSpec.of(2, List.of(tanh(4), out(2, ActivationKind.SOFTMAX)));
        NetworkSpec sigmoidOut = NetworkSpec.of(2, List.of(tanh(4), out(2, ActivationKind.SIGMOID)));
        NetworkSpec identityOut = NetworkSpec.of(2, List.of(tanh(4), out(2, ActivationKind.IDENTITY)));
        assertRejected(() -> ExperimentSpec.checkLossFitsOutput(identityOut, LossKind.SOFTMAX_CROSS_ENTROPY),
                "network.layers[1].activation");
        assertRejected(() -> ExperimentSpec.checkLossFitsOutput(sigmoidOut, LossKind.SOFTMAX_CROSS_ENTROPY),
                "network.layers[1].activation");
        assertRejected(() -> ExperimentSpec.checkLossFitsOutput(softmaxOut, LossKind.BINARY_CROSS_ENTROPY),
                "network.layers[1].activation");
        assertRejected(() -> ExperimentSpec.checkLossFitsOutput(softmaxOut, LossKind.MSE), "network.layers[1].activation");
        assertThatCode(() -> ExperimentSpec.checkLossFitsOutput(softmaxOut, LossKind.SOFTMAX_CROSS_ENTROPY)).doesNotThrowAnyException();
        assertThatCode(() -> ExperimentSpec.checkLossFitsOutput(sigmoidOut, LossKind.BINARY_CROSS_ENTROPY)).doesNotThrowAnyException();
        assertThatCode(() -> ExperimentSpec.checkLossFitsOutput(sigmoidOut, LossKind.MSE)).doesNotThrowAnyException();
        // and the constructor applies it
        DatasetSpec moons = DatasetSpec.generated(DatasetKind.MOONS, 100, 0.1, 1);
        assertRejected(() -> new ExperimentSpec("x", 1, moons, identityOut, training(LossKind.SOFTMAX_CROSS_ENTROPY)),
                "network.layers[1].activation");
    }

    @Test
    void datasetWidthsMustFitTheNetwork() {
        DatasetSpec moons = DatasetSpec.generated(DatasetKind.MOONS, 100, 0.1, 1); // 2 inputs, 2 targets
        TrainingSpec mse = training(LossKind.MSE);
        NetworkSpec good = NetworkSpec.of(2, List.of(tanh(4), out(2, ActivationKind.IDENTITY)));
        assertThatCode(() -> new ExperimentSpec("x", 1, moons, good, mse)).doesNotThrowAnyException();
        assertRejected(() -> new ExperimentSpec("x", 1, moons, NetworkSpec.of(3, List.of(tanh(4), out(2, ActivationKind.IDENTITY))),
                mse), "network.inputSize");
        assertRejected(() -> new ExperimentSpec("x", 1, moons, NetworkSpec.of(2, List.of(tanh(4), tanh(4), out(3, ActivationKind.IDENTITY))),
                mse), "network.layers[2].units");
        DatasetSpec teacher = DatasetSpec.generated(DatasetKind.TEACHER, 100, 0, 1).withFeatures(5).withOutputs(3);
        assertRejected(() -> new ExperimentSpec("x", 1, teacher, good, mse), "network.inputSize");
        DatasetSpec csv = new DatasetSpec(DatasetKind.CSV, 2, 0, 1, 2, 2, 1, "d.csv", "y", true, false, 0.2, true);
        assertThatCode(() -> new ExperimentSpec("x", 1, csv, NetworkSpec.of(7, List.of(out(5, ActivationKind.IDENTITY))), mse))
                .as("CSV widths are unknown until loading").doesNotThrowAnyException();
    }

    @Test
    void experimentFields() {
        DatasetSpec moons = DatasetSpec.generated(DatasetKind.MOONS, 100, 0.1, 1);
        NetworkSpec net = NetworkSpec.of(2, List.of(out(2, ActivationKind.IDENTITY)));
        TrainingSpec mse = training(LossKind.MSE);
        assertRejected(() -> new ExperimentSpec(null, 1, moons, net, mse), "name");
        assertRejected(() -> new ExperimentSpec("n".repeat(201), 1, moons, net, mse), "name");
        assertThatCode(() -> new ExperimentSpec("n".repeat(200), 1, moons, net, mse)).doesNotThrowAnyException();
        assertRejected(() -> new ExperimentSpec("x", 1, null, net, mse), "dataset");
        assertRejected(() -> new ExperimentSpec("x", 1, moons, null, mse), "network");
        assertRejected(() -> new ExperimentSpec("x", 1, moons, net, null), "training");
    }

    @Test
    void withinPrefixesTheFieldPath() {
        InvalidSpecException e = new InvalidSpecException("units", "must be positive").within("network.layers[2]");
        assertThat(e.field()).isEqualTo("network.layers[2].units");
        assertThat(e.problem()).isEqualTo("must be positive");
    }
}
