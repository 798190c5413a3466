package org.gradflow.ui.compose;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.LossKind;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;
import org.gradflow.model.TrainingSpec;

/**
 * The editable training settings: loss, optimiser and its hyperparameters, batch size, steps, clipping,
 * penalties, accumulation and how often validation and histograms run. Numbers are text as typed. Holds no Nodes.
 *
 * <p>Problem paths: {@code training.loss}, {@code training.optimizer.kind|learningRate|momentum|beta1|beta2|rho|epsilon},
 * {@code training.clip.kind|threshold}, {@code training.l1}, {@code training.l2}, {@code training.batchSize},
 * {@code training.accumulationSteps}, {@code training.steps}, {@code training.validationEvery},
 * {@code training.histogramEvery}.
 */
public final class TrainingViewModel {
    static final String PREFIX = "training.";

    private final ObjectProperty<LossKind> loss = new SimpleObjectProperty<>(this, "loss", LossKind.MSE);
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.SGD);
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate", "0.01");
    private final StringProperty momentum = new SimpleStringProperty(this, "momentum", "0.9");
    private final StringProperty beta1 = new SimpleStringProperty(this, "beta1", "0.9");
    private final StringProperty beta2 = new SimpleStringProperty(this, "beta2", "0.999");
    private final StringProperty rho = new SimpleStringProperty(this, "rho", "0.9");
    private final StringProperty epsilon = new SimpleStringProperty(this, "epsilon", "1.0E-8");
    private final ObjectProperty<ClipKind> clip = new SimpleObjectProperty<>(this, "clip", ClipKind.NONE);
    private final StringProperty clipThreshold = new SimpleStringProperty(this, "clipThreshold", "1");
    private final StringProperty l1 = new SimpleStringProperty(this, "l1", "0");
    private final StringProperty l2 = new SimpleStringProperty(this, "l2", "0");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "32");
    private final StringProperty accumulation = new SimpleStringProperty(this, "accumulation", "1");
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "1000");
    private final StringProperty validationEvery = new SimpleStringProperty(this, "validationEvery", "10");
    private final StringProperty histogramEvery = new SimpleStringProperty(this, "histogramEvery", "10");

    TrainingViewModel() {
    }

    /** Replaces every field with {@code spec}, not {@code null}. */
    void load(TrainingSpec spec) {
        loss.set(spec.loss());
        OptimizerSpec o = spec.optimizer();
        optimizer.set(o.kind());
        learningRate.set(NumberText.of(o.learningRate()));
        momentum.set(NumberText.of(o.momentum()));
        beta1.set(NumberText.of(o.beta1()));
        beta2.set(NumberText.of(o.beta2()));
        rho.set(NumberText.of(o.rho()));
        epsilon.set(NumberText.of(o.epsilon()));
        clip.set(spec.clip().kind());
        clipThreshold.set(NumberText.of(spec.clip().threshold()));
        l1.set(NumberText.of(spec.l1()));
        l2.set(NumberText.of(spec.l2()));
        batchSize.set(NumberText.of(spec.batchSize()));
        accumulation.set(NumberText.of(spec.accumulationSteps()));
        steps.set(NumberText.of(spec.steps()));
        validationEvery.set(NumberText.of(spec.validationEvery()));
        histogramEvery.set(NumberText.of(spec.histogramEvery()));
    }

    /** @return the training spec, or {@code null} after recording problems under {@code training.} */
    TrainingSpec toSpec(FieldProblems problems) {
        String p = PREFIX;
        OptimizerSpec opt = optimizerSpec(problems);
        ClipSpec clipSpec = clipSpec(problems);
        Double penalty1 = problems.parseDouble(p + "l1", l1.get());
        Double penalty2 = problems.parseDouble(p + "l2", l2.get());
        Integer batch = problems.parseInt(p + "batchSize", batchSize.get());
        Integer accum = problems.parseInt(p + "accumulationSteps", accumulation.get());
        Long n = problems.parseLong(p + "steps", steps.get());
        Integer validate = problems.parseInt(p + "validationEvery", validationEvery.get());
        Integer hist = problems.parseInt(p + "histogramEvery", histogramEvery.get());
        LossKind l = loss.get();
        if (l == null) {
            problems.add(p + "loss", "is required");
        }
        if (opt == null || clipSpec == null || penalty1 == null || penalty2 == null || batch == null || accum == null
                || n == null || validate == null || hist == null || l == null) {
            return null;
        }
        return problems.build(p, () -> new TrainingSpec(l, opt, clipSpec, penalty1, penalty2, batch, accum, n,
                validate, hist));
    }

    private OptimizerSpec optimizerSpec(FieldProblems problems) {
        String p = PREFIX + "optimizer.";
        OptimizerKind kind = optimizer.get();
        if (kind == null) {
            problems.add(p + "kind", "is required");
            return null;
        }
        Double lr = problems.parseDouble(p + "learningRate", learningRate.get());
        Double mom = parse(problems, usesMomentum(kind), p + "momentum", momentum.get(), 0.9);
        Double b1 = parse(problems, kind == OptimizerKind.ADAM, p + "beta1", beta1.get(), 0.9);
        Double b2 = parse(problems, kind == OptimizerKind.ADAM, p + "beta2", beta2.get(), 0.999);
        Double r = parse(problems, kind == OptimizerKind.RMSPROP, p + "rho", rho.get(), 0.9);
        Double eps = parse(problems, usesEpsilon(kind), p + "epsilon", epsilon.get(), 1e-8);
        if (lr == null || mom == null || b1 == null || b2 == null || r == null || eps == null) {
            return null;
        }
        return problems.build(p, () -> new OptimizerSpec(kind, lr, mom, b1, b2, r, eps));
    }

    private static Double parse(FieldProblems problems, boolean used, String field, String text, double fallback) {
        // A hidden value outside its range must not block the spec: epsilon lies in (0, 1], the others in [0, 1).
        java.util.function.DoublePredicate inRange = field.endsWith("epsilon") ? v -> v > 0 && v <= 1 : v -> v >= 0 && v < 1;
        return used ? problems.parseDouble(field, text) : FieldProblems.parseUnused(text, fallback, inRange);
    }

    private ClipSpec clipSpec(FieldProblems problems) {
        String p = PREFIX + "clip.";
        ClipKind kind = clip.get();
        if (kind == null) {
            problems.add(p + "kind", "is required");
            return null;
        }
        Double t = kind == ClipKind.NONE ? FieldProblems.parseUnused(clipThreshold.get(), 1)
                : problems.parseDouble(p + "threshold", clipThreshold.get());
        return t == null ? null : problems.build(p, () -> new ClipSpec(kind, t));
    }

    static boolean usesMomentum(OptimizerKind kind) {
        return kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.NESTEROV;
    }

    static boolean usesEpsilon(OptimizerKind kind) {
        return kind == OptimizerKind.ADAGRAD || kind == OptimizerKind.RMSPROP || kind == OptimizerKind.ADAM;
    }

    /** @return the editable properties (for change listeners) */
    List<Observable> editables() {
        return List.of(loss, optimizer, learningRate, momentum, beta1, beta2, rho, epsilon, clip, clipThreshold, l1, l2,
                batchSize, accumulation, steps, validationEvery, histogramEvery);
    }

    /** @return true while the optimiser uses a momentum coefficient (momentum, Nesterov) */
    public BooleanBinding momentumUsedBinding() {
        return Bindings.createBooleanBinding(() -> optimizer.get() != null && usesMomentum(optimizer.get()), optimizer);
    }

    /** @return true while the optimiser is Adam (beta1, beta2) */
    public BooleanBinding betasUsedBinding() {
        return optimizer.isEqualTo(OptimizerKind.ADAM);
    }

    /** @return true while the optimiser is RMSProp (rho) */
    public BooleanBinding rhoUsedBinding() {
        return optimizer.isEqualTo(OptimizerKind.RMSPROP);
    }

    /** @return true while the optimiser divides by a root mean square (epsilon) */
    public BooleanBinding epsilonUsedBinding() {
        return Bindings.createBooleanBinding(() -> optimizer.get() != null && usesEpsilon(optimizer.get()), optimizer);
    }

    /** @return true while clipping is on (threshold) */
    public BooleanBinding thresholdUsedBinding() {
        return clip.isNotEqualTo(ClipKind.NONE).and(clip.isNotNull());
    }

    /** @return the loss; {@code null} is reported as a problem */
    public ObjectProperty<LossKind> lossProperty() {
        return loss;
    }

    /** @return the optimiser kind; {@code null} is reported as a problem */
    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    /** @return learning rate as text, in (0, 100] */
    public StringProperty learningRateProperty() {
        return learningRate;
    }

    /** @return momentum coefficient as text, in [0, 1) */
    public StringProperty momentumProperty() {
        return momentum;
    }

    /** @return Adam first-moment decay as text, in [0, 1) */
    public StringProperty beta1Property() {
        return beta1;
    }

    /** @return Adam second-moment decay as text, in [0, 1) */
    public StringProperty beta2Property() {
        return beta2;
    }

    /** @return RMSProp decay as text, in [0, 1) */
    public StringProperty rhoProperty() {
        return rho;
    }

    /** @return the denominators' small constant as text, in (0, 1] */
    public StringProperty epsilonProperty() {
        return epsilon;
    }

    /** @return the clipping rule; {@code null} is reported as a problem */
    public ObjectProperty<ClipKind> clipProperty() {
        return clip;
    }

    /** @return the clipping threshold as text, greater than 0 while clipping is on */
    public StringProperty clipThresholdProperty() {
        return clipThreshold;
    }

    /** @return L1 coefficient as text, in [0, 1000] */
    public StringProperty l1Property() {
        return l1;
    }

    /** @return L2 coefficient as text, in [0, 1000] */
    public StringProperty l2Property() {
        return l2;
    }

    /** @return examples per micro-batch as text */
    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    /** @return micro-batches per update as text */
    public StringProperty accumulationProperty() {
        return accumulation;
    }

    /** @return number of updates as text */
    public StringProperty stepsProperty() {
        return steps;
    }

    /** @return validation interval in steps, as text */
    public StringProperty validationEveryProperty() {
        return validationEvery;
    }

    /** @return histogram interval in steps, as text */
    public StringProperty histogramEveryProperty() {
        return histogramEvery;
    }
}
