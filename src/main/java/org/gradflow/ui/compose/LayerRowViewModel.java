package org.gradflow.ui.compose;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ActivationSpec;
import org.gradflow.model.InitKind;
import org.gradflow.model.InitSpec;
import org.gradflow.model.LayerSpec;
import org.gradflow.model.NormPlacement;

/**
 * The editable state of one dense layer, as the user types it: numbers are kept as text and parsed when the
 * experiment spec is rebuilt, so a half-typed or wrong value is reported on its field instead of being lost.
 * Holds no Nodes. Enum properties may be set to {@code null} by a view; that is reported as "is required".
 *
 * <p>Field names used in problem paths (after {@code network.layers[i].}): {@code units},
 * {@code activation}, {@code activation.leakySlope}, {@code activation.eluAlpha}, {@code activation.rreluLower},
 * {@code activation.rreluUpper}, {@code weightInit}, {@code weightInit.value|mean|std|limit|gain},
 * {@code biasInit}, {@code batchNorm}, {@code dropout}, {@code residual}.
 */
public final class LayerRowViewModel {
    private final StringProperty units = new SimpleStringProperty(this, "units", "8");
    private final ObjectProperty<ActivationKind> activation = new SimpleObjectProperty<>(this, "activation", ActivationKind.TANH);
    private final StringProperty leakySlope = new SimpleStringProperty(this, "leakySlope", NumberText.of(ActivationSpec.DEFAULT_LEAKY_SLOPE));
    private final StringProperty eluAlpha = new SimpleStringProperty(this, "eluAlpha", NumberText.of(ActivationSpec.DEFAULT_ELU_ALPHA));
    private final StringProperty rreluLower = new SimpleStringProperty(this, "rreluLower", NumberText.of(ActivationSpec.DEFAULT_RRELU_LOWER));
    private final StringProperty rreluUpper = new SimpleStringProperty(this, "rreluUpper", NumberText.of(ActivationSpec.DEFAULT_RRELU_UPPER));
    private final ObjectProperty<InitKind> weightInit = new SimpleObjectProperty<>(this, "weightInit", InitKind.XAVIER_NORMAL);
    private final StringProperty initValue = new SimpleStringProperty(this, "initValue", "0");
    private final StringProperty initMean = new SimpleStringProperty(this, "initMean", "0");
    private final StringProperty initStd = new SimpleStringProperty(this, "initStd", "1");
    private final StringProperty initLimit = new SimpleStringProperty(this, "initLimit", "1");
    private final StringProperty initGain = new SimpleStringProperty(this, "initGain", "1");
    private final StringProperty biasInit = new SimpleStringProperty(this, "biasInit", "0");
    private final ObjectProperty<NormPlacement> batchNorm = new SimpleObjectProperty<>(this, "batchNorm", NormPlacement.NONE);
    private final StringProperty dropout = new SimpleStringProperty(this, "dropout", "0");
    private final IntegerProperty residualSpan = new SimpleIntegerProperty(this, "residualSpan", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** A row holding {@code spec}; no residual block starts here. */
    public LayerRowViewModel(LayerSpec spec) {
        load(spec, 0);
        for (Observable o : editables()) {
            o.addListener(x -> summary.set(describe()));
        }
        summary.set(describe());
    }

    /** Replaces every field with {@code spec} (not {@code null}) and sets the residual span (0, 1 or 2). */
    void load(LayerSpec spec, int span) {
        units.set(NumberText.of(spec.units()));
        ActivationSpec a = spec.activation();
        activation.set(a.kind());
        boolean elu = a.kind() == ActivationKind.ELU;
        leakySlope.set(NumberText.of(elu ? ActivationSpec.DEFAULT_LEAKY_SLOPE : a.alpha()));
        eluAlpha.set(NumberText.of(elu ? a.alpha() : ActivationSpec.DEFAULT_ELU_ALPHA));
        rreluLower.set(NumberText.of(a.rreluLower()));
        rreluUpper.set(NumberText.of(a.rreluUpper()));
        InitSpec i = spec.weightInit();
        weightInit.set(i.kind());
        initValue.set(NumberText.of(i.value()));
        initMean.set(NumberText.of(i.mean()));
        initStd.set(NumberText.of(i.std()));
        initLimit.set(NumberText.of(i.limit()));
        initGain.set(NumberText.of(i.gain()));
        biasInit.set(NumberText.of(spec.biasInit()));
        batchNorm.set(spec.batchNorm());
        dropout.set(NumberText.of(spec.dropout()));
        residualSpan.set(span);
    }

    /** @return a new row with the same texts and choices and the given residual span */
    LayerRowViewModel copy(int span) {
        LayerRowViewModel c = new LayerRowViewModel(LayerSpec.dense(1, ActivationKind.IDENTITY, InitKind.ZEROS));
        List<Observable> mine = editables();
        List<Observable> theirs = c.editables();
        for (int k = 0; k < mine.size(); k++) {
            copyValue(mine.get(k), theirs.get(k));
        }
        c.residualSpan.set(span);
        return c;
    }

    @SuppressWarnings("unchecked")
    private static void copyValue(Observable from, Observable to) {
        if (from instanceof StringProperty s) {
            ((StringProperty) to).set(s.get());
        } else if (from instanceof IntegerProperty i) {
            ((IntegerProperty) to).set(i.get());
        } else {
            ((ObjectProperty<Object>) to).set(((ObjectProperty<Object>) from).get());
        }
    }

    /**
     * Builds the layer, recording problems under {@code prefix} (such as {@code network.layers[2].}).
     *
     * @return the layer, or {@code null} when a field is invalid
     */
    LayerSpec toSpec(String prefix, FieldProblems problems) {
        Integer u = problems.parseInt(prefix + "units", units.get());
        ActivationSpec act = activationSpec(prefix, problems);
        InitSpec init = initSpec(prefix, problems);
        Double bias = problems.parseDouble(prefix + "biasInit", biasInit.get());
        Double drop = problems.parseDouble(prefix + "dropout", dropout.get());
        NormPlacement bn = batchNorm.get();
        if (bn == null) {
            problems.add(prefix + "batchNorm", "is required");
        }
        if (u == null || act == null || init == null || bias == null || drop == null || bn == null) {
            return null;
        }
        return problems.build(prefix, () -> new LayerSpec(u, act, init, bias, bn, drop));
    }

    private ActivationSpec activationSpec(String prefix, FieldProblems problems) {
        ActivationKind kind = activation.get();
        if (kind == null) {
            problems.add(prefix + "activation", "is required");
            return null;
        }
        String p = prefix + "activation.";
        Double alpha = switch (kind) {
            case LEAKY_RELU -> problems.parseDouble(p + "leakySlope", leakySlope.get());
            case ELU -> problems.parseDouble(p + "eluAlpha", eluAlpha.get());
            default -> FieldProblems.parseUnused(leakySlope.get(), ActivationSpec.DEFAULT_LEAKY_SLOPE);
        };
        boolean rrelu = kind == ActivationKind.RRELU;
        Double lower = rrelu ? problems.parseDouble(p + "rreluLower", rreluLower.get())
                : FieldProblems.parseUnused(rreluLower.get(), ActivationSpec.DEFAULT_RRELU_LOWER);
        Double upper = rrelu ? problems.parseDouble(p + "rreluUpper", rreluUpper.get())
                : FieldProblems.parseUnused(rreluUpper.get(), ActivationSpec.DEFAULT_RRELU_UPPER);
        if (alpha == null || lower == null || upper == null) {
            return null;
        }
        UnaryOperator<String> rename = f -> f.equals("alpha") ? (kind == ActivationKind.ELU ? "eluAlpha" : "leakySlope") : f;
        return problems.build(p, rename, () -> new ActivationSpec(kind, alpha, lower, upper));
    }

    private InitSpec initSpec(String prefix, FieldProblems problems) {
        InitKind kind = weightInit.get();
        if (kind == null) {
            problems.add(prefix + "weightInit", "is required");
            return null;
        }
        String p = prefix + "weightInit.";
        boolean scaled = usesGain(kind);
        Double value = parse(problems, kind == InitKind.CONSTANT, p + "value", initValue.get(), 0);
        Double mean = parse(problems, kind == InitKind.NORMAL, p + "mean", initMean.get(), 0);
        Double std = parse(problems, kind == InitKind.NORMAL, p + "std", initStd.get(), 1);
        Double limit = parse(problems, kind == InitKind.UNIFORM, p + "limit", initLimit.get(), 1);
        Double gain = parse(problems, scaled, p + "gain", initGain.get(), 1);
        if (value == null || mean == null || std == null || limit == null || gain == null) {
            return null;
        }
        if (!scaled && gain <= 0) {
            return problems.build(p, () -> new InitSpec(kind, value, mean, std, limit, 1));
        }
        return problems.build(p, () -> new InitSpec(kind, value, mean, std, limit, gain));
    }

    private static Double parse(FieldProblems problems, boolean used, String field, String text, double fallback) {
        return used ? problems.parseDouble(field, text) : FieldProblems.parseUnused(text, fallback);
    }

    /** @return true for the initialisers whose scale is multiplied by a gain */
    static boolean usesGain(InitKind kind) {
        return switch (kind) {
            case XAVIER_NORMAL, XAVIER_UNIFORM, HE_NORMAL, HE_UNIFORM, LECUN_NORMAL, ORTHOGONAL -> true;
            default -> false;
        };
    }

    /** @return the editable properties, in a fixed order (for listeners and copying) */
    List<Observable> editables() {
        return List.of(units, activation, leakySlope, eluAlpha, rreluLower, rreluUpper, weightInit, initValue,
                initMean, initStd, initLimit, initGain, biasInit, batchNorm, dropout, residualSpan);
    }

    private String describe() {
        StringBuilder b = new StringBuilder();
        b.append(units.get()).append(" · ").append(activation.get() == null ? "?" : EnumLabels.activation(activation.get()));
        b.append(" · ").append(weightInit.get() == null ? "?" : EnumLabels.init(weightInit.get()));
        if (batchNorm.get() == NormPlacement.BEFORE_ACTIVATION) {
            b.append(" · BN before");
        } else if (batchNorm.get() == NormPlacement.AFTER_ACTIVATION) {
            b.append(" · BN after");
        }
        String d = dropout.get() == null ? "" : dropout.get().trim();
        if (!d.isEmpty() && FieldProblems.parseUnused(d, -1) != 0) {
            b.append(" · dropout ").append(d);
        }
        if (residualSpan.get() > 0) {
            b.append(" · residual block of ").append(residualSpan.get()).append(residualSpan.get() == 1 ? " layer" : " layers");
        }
        return b.toString();
    }

    /** @return units as typed (text), never {@code null} after construction unless a view sets it so */
    public StringProperty unitsProperty() {
        return units;
    }

    /** @return the activation function; {@code null} is reported as a problem */
    public ObjectProperty<ActivationKind> activationProperty() {
        return activation;
    }

    /** @return Leaky ReLU negative slope as text, in [0, 1); also kept (unused) for other activations */
    public StringProperty leakySlopeProperty() {
        return leakySlope;
    }

    /** @return ELU alpha as text, greater than 0 */
    public StringProperty eluAlphaProperty() {
        return eluAlpha;
    }

    /** @return RReLU lowest random slope as text, in [0, 1) */
    public StringProperty rreluLowerProperty() {
        return rreluLower;
    }

    /** @return RReLU highest random slope as text, in [lower, 1) */
    public StringProperty rreluUpperProperty() {
        return rreluUpper;
    }

    /** @return the weight initialiser; {@code null} is reported as a problem */
    public ObjectProperty<InitKind> weightInitProperty() {
        return weightInit;
    }

    /** @return the constant of the CONSTANT initialiser, as text */
    public StringProperty initValueProperty() {
        return initValue;
    }

    /** @return the mean of the NORMAL initialiser, as text */
    public StringProperty initMeanProperty() {
        return initMean;
    }

    /** @return the standard deviation of the NORMAL initialiser, as text, greater than 0 */
    public StringProperty initStdProperty() {
        return initStd;
    }

    /** @return the half-width of the UNIFORM initialiser, as text, greater than 0 */
    public StringProperty initLimitProperty() {
        return initLimit;
    }

    /** @return the gain of the Xavier, He, LeCun and orthogonal initialisers, as text, greater than 0 */
    public StringProperty initGainProperty() {
        return initGain;
    }

    /** @return the constant every bias starts at, as text */
    public StringProperty biasInitProperty() {
        return biasInit;
    }

    /** @return where batch normalisation sits; {@code null} is reported as a problem */
    public ObjectProperty<NormPlacement> batchNormProperty() {
        return batchNorm;
    }

    /** @return the dropout probability as text, in [0, 1) */
    public StringProperty dropoutProperty() {
        return dropout;
    }

    /**
     * @return 0 when no residual block starts at this layer, else the block's length in layers (1 or 2): the input
     *         of this layer is added to the output of this layer (1) or of the next one (2)
     */
    public IntegerProperty residualSpanProperty() {
        return residualSpan;
    }

    /** @return the first validation problem of this layer as "field: problem", or "" when it has none */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String text) {
        problem.set(text);
    }

    /** @return a one-line description such as "64 · ReLU · He normal · dropout 0.2", never {@code null} */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
