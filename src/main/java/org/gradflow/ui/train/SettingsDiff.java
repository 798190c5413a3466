package org.gradflow.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gradflow.engine.TrainingSettings;
import org.gradflow.model.ClipKind;
import org.gradflow.model.ClipSpec;
import org.gradflow.model.OptimizerKind;
import org.gradflow.model.OptimizerSpec;

/** Describes a change of {@link TrainingSettings} in plain words, for the event markers on the charts. */
public final class SettingsDiff {
    private SettingsDiff() {
    }

    /**
     * @param before the settings until now, not {@code null}
     * @param after the new settings, not {@code null}
     * @return for example "learning rate 0.1 → 0.01, L2 0 → 0.001"; "settings unchanged" when nothing differs
     */
    public static String describe(TrainingSettings before, TrainingSettings after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<String> parts = new ArrayList<>();
        OptimizerSpec a = before.optimizer();
        OptimizerSpec b = after.optimizer();
        if (a.kind() != b.kind()) {
            parts.add("optimiser " + name(a.kind()) + " → " + name(b.kind()));
        }
        if (a.learningRate() != b.learningRate()) {
            parts.add("learning rate " + number(a.learningRate()) + " → " + number(b.learningRate()));
        }
        change(parts, "momentum", a.momentum(), b.momentum());
        change(parts, "beta 1", a.beta1(), b.beta1());
        change(parts, "beta 2", a.beta2(), b.beta2());
        change(parts, "rho", a.rho(), b.rho());
        change(parts, "epsilon", a.epsilon(), b.epsilon());
        if (!before.clip().equals(after.clip())) {
            parts.add("clipping " + clip(before.clip()) + " → " + clip(after.clip()));
        }
        if (before.l1() != after.l1()) {
            parts.add("L1 " + number(before.l1()) + " → " + number(after.l1()));
        }
        if (before.l2() != after.l2()) {
            parts.add("L2 " + number(before.l2()) + " → " + number(after.l2()));
        }
        return parts.isEmpty() ? "settings unchanged" : String.join(", ", parts);
    }

    private static void change(List<String> parts, String name, double before, double after) {
        if (before != after) {
            parts.add(name + " " + number(before) + " → " + number(after));
        }
    }

    /** @return the optimiser's display name, for example "Adam" or "RMSProp" */
    public static String name(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> "SGD";
            case MOMENTUM -> "Momentum";
            case NESTEROV -> "Nesterov";
            case ADAGRAD -> "AdaGrad";
            case RMSPROP -> "RMSProp";
            case ADAM -> "Adam";
        };
    }

    /** @return "off", or for example "global norm 1" */
    public static String clip(ClipSpec clip) {
        return clip.kind() == ClipKind.NONE ? "off" : clipName(clip.kind()) + " " + number(clip.threshold());
    }

    /** @return the clipping kind's display name, for example "global norm" */
    public static String clipName(ClipKind kind) {
        return switch (kind) {
            case NONE -> "off";
            case VALUE -> "value";
            case LAYER_NORM -> "layer norm";
            case GLOBAL_NORM -> "global norm";
        };
    }

    /** @return the shortest plain form of a setting, for example "0.01", "1e-05" or "3" */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        String plain = String.format(Locale.ROOT, "%.6g", v);
        if (plain.contains("e")) {
            String[] mantissaExp = plain.split("e");
            return trim(mantissaExp[0]) + "e" + mantissaExp[1];
        }
        return trim(plain);
    }

    private static String trim(String s) {
        if (!s.contains(".")) {
            return s;
        }
        String t = s.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
