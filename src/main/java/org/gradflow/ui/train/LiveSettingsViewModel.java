package org.gradflow.ui.train;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;

/**
 * The settings a user may change while a run trains: learning rate, optimiser with its parameters (momentum, betas,
 * rho, epsilon), clipping and L1/L2, as editable text with validation. {@link #apply()} hands valid settings to the {@link TrainingViewModel}, which applies them
 * from the next step on. No JavaFX nodes.
 */
public final class LiveSettingsViewModel {
    private final TrainingViewModel training;
    private final StringProperty learningRate = new SimpleStringProperty("");
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(OptimizerKind.SGD);
    private final ObjectProperty<ClipKind> clip = new SimpleObjectProperty<>(ClipKind.NONE);
    private final StringProperty clipThreshold = new SimpleStringProperty("1");
    private final StringProperty l1 = new SimpleStringProperty("0");
    private final StringProperty l2 = new SimpleStringProperty("0");
    private final StringProperty momentum = new SimpleStringProperty("0.9");
    private final StringProperty beta1 = new SimpleStringProperty("0.9");
    private final StringProperty beta2 = new SimpleStringProperty("0.999");
    private final StringProperty rho = new SimpleStringProperty("0.9");
    private final StringProperty epsilon = new SimpleStringProperty("1e-08");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** @param training where applied settings go, and whose current settings are shown; not {@code null} */
    public LiveSettingsViewModel(TrainingViewModel training) {
        this.training = Objects.requireNonNull(training, "training");
        training.settingsProperty().addListener((o, a, b) -> {
            if (b != null) {
                load(b);
            }
        });
        for (javafx.beans.Observable p : new javafx.beans.Observable[] {learningRate, optimizer, clip, clipThreshold,
            l1, l2, momentum, beta1, beta2, rho, epsilon}) {
            p.addListener(o -> validate());
        }
        validate();
    }

    /** Shows {@code settings} in the fields. */
    public void load(TrainingSettings settings) {
        learningRate.set(SettingsDiff.number(settings.optimizer().learningRate()));
        optimizer.set(settings.optimizer().kind());
        clip.set(settings.clip().kind());
        clipThreshold.set(SettingsDiff.number(settings.clip().threshold()));
        l1.set(SettingsDiff.number(settings.l1()));
        l2.set(SettingsDiff.number(settings.l2()));
        OptimizerSpec o = settings.optimizer();
        momentum.set(SettingsDiff.number(o.momentum()));
        beta1.set(SettingsDiff.number(o.beta1()));
        beta2.set(SettingsDiff.number(o.beta2()));
        rho.set(SettingsDiff.number(o.rho()));
        epsilon.set(SettingsDiff.number(o.epsilon()));
        validate();
    }

    /**
     * @return the settings of the fields (every setting comes from a field)
     * @throws IllegalArgumentException with a plain message when a field is not valid
     */
    public TrainingSettings toSettings() {
        double lr = parse("learning rate", learningRate.get());
        if (!(lr > 0) || lr > OptimizerSpec.MAX_LEARNING_RATE) {
            throw new IllegalArgumentException("learning rate must be above 0 and at most "
                    + SettingsDiff.number(OptimizerSpec.MAX_LEARNING_RATE));
        }
        OptimizerSpec newOptimizer = optimizerOf(lr);
        ClipSpec newClip;
        if (clip.get() == ClipKind.NONE) {
            newClip = ClipSpec.NONE;
        } else {
            double t = parse("clip threshold", clipThreshold.get());
            if (!(t > 0)) {
                throw new IllegalArgumentException("clip threshold must be above 0");
            }
            newClip = new ClipSpec(clip.get(), t);
        }
        double p1 = parse("L1", l1.get());
        double p2 = parse("L2", l2.get());
        if (p1 < 0 || p2 < 0) {
            throw new IllegalArgumentException("L1 and L2 must not be negative");
        }
        return new TrainingSettings(newOptimizer, newClip, p1, p2);
    }

    /** Sends the fields' settings to the run if they are valid and differ from the settings in use. */
    public void apply() {
        if (training.settingsProperty().get() == null || !valid.get()) {
            return;
        }
        training.changeSettings(toSettings());
    }

    private OptimizerSpec optimizerOf(double lr) {
        double m = decay("momentum", momentum.get());
        double b1 = decay("beta 1", beta1.get());
        double b2 = decay("beta 2", beta2.get());
        double r = decay("rho", rho.get());
        double eps = parse("epsilon", epsilon.get());
        if (!(eps > 0 && eps <= 1)) {
            throw new IllegalArgumentException("epsilon must be above 0 and at most 1");
        }
        return new OptimizerSpec(optimizer.get(), lr, m, b1, b2, r, eps);
    }

    /** @return the value of a decay coefficient, which must lie in [0, 1) */
    private static double decay(String what, String text) {
        double v = parse(what, text);
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(what + " must be at least 0 and below 1");
        }
        return v;
    }

    private void validate() {
        TrainingSettings base = training.settingsProperty().get();
        try {
            TrainingSettings s = toSettings();
            valid.set(true);
            problem.set("");
            changed.set(base != null && !s.equals(base));
        } catch (IllegalArgumentException e) {
            valid.set(false);
            changed.set(false);
            problem.set(e.getMessage());
        }
    }

    private static double parse(String what, String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + text + "'");
        }
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<ClipKind> clipProperty() {
        return clip;
    }

    public StringProperty clipThresholdProperty() {
        return clipThreshold;
    }

    public StringProperty l1Property() {
        return l1;
    }

    public StringProperty l2Property() {
        return l2;
    }

    /** @return momentum of MOMENTUM and NESTEROV, as text */
    public StringProperty momentumProperty() {
        return momentum;
    }

    /** @return Adam's first-moment decay, as text */
    public StringProperty beta1Property() {
        return beta1;
    }

    /** @return Adam's second-moment decay, as text */
    public StringProperty beta2Property() {
        return beta2;
    }

    /** @return RMSProp's decay, as text */
    public StringProperty rhoProperty() {
        return rho;
    }

    /** @return the constant added to denominators, as text */
    public StringProperty epsilonProperty() {
        return epsilon;
    }

    /** @return whether every field holds a valid value */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return whether the fields differ from the settings in use (so Apply has something to do) */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** @return what is wrong with the fields, empty when valid */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
