package org.gradflow.ui.compose;

import java.util.Locale;
import javafx.util.StringConverter;
import org.gradflow.model.ActivationKind;
import org.gradflow.model.ClipKind;
import org.gradflow.model.DatasetKind;
import org.gradflow.model.InitKind;
import org.gradflow.model.LossKind;
import org.gradflow.model.NormPlacement;
import org.gradflow.model.OptimizerKind;

/** Human-readable names of the model's enums, for choice boxes, the layer list and the diagram. */
final class EnumLabels {
    private EnumLabels() {
    }

    /** @param value an enum constant, or {@code null} (gives "") */
    static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        if (value instanceof ActivationKind a) {
            return activation(a);
        }
        if (value instanceof InitKind i) {
            return init(i);
        }
        if (value instanceof NormPlacement n) {
            return switch (n) {
                case NONE -> "none";
                case BEFORE_ACTIVATION -> "before activation";
                case AFTER_ACTIVATION -> "after activation";
            };
        }
        if (value instanceof LossKind l) {
            return switch (l) {
                case MSE -> "mean squared error";
                case SOFTMAX_CROSS_ENTROPY -> "softmax cross-entropy";
                case BINARY_CROSS_ENTROPY -> "binary cross-entropy";
            };
        }
        if (value instanceof OptimizerKind o) {
            return switch (o) {
                case SGD -> "SGD";
                case MOMENTUM -> "momentum";
                case NESTEROV -> "Nesterov";
                case ADAGRAD -> "AdaGrad";
                case RMSPROP -> "RMSProp";
                case ADAM -> "Adam";
            };
        }
        if (value instanceof ClipKind c) {
            return switch (c) {
                case NONE -> "none";
                case VALUE -> "by value";
                case LAYER_NORM -> "by layer norm";
                case GLOBAL_NORM -> "by global norm";
            };
        }
        if (value instanceof DatasetKind d) {
            return d == DatasetKind.CSV ? "CSV file" : d.name().toLowerCase(Locale.ROOT);
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @return a short name such as "ReLU" or "Leaky ReLU", never {@code null} */
    static String activation(ActivationKind kind) {
        return switch (kind) {
            case IDENTITY -> "identity";
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "Leaky ReLU";
            case RRELU -> "RReLU";
            case ELU -> "ELU";
            case SELU -> "SELU";
            case GELU -> "GELU";
            case SOFTPLUS -> "softplus";
            case SWISH -> "swish";
            case SOFTSIGN -> "softsign";
            case SOFTMAX -> "softmax";
        };
    }

    /** @return a short name such as "He normal", never {@code null} */
    static String init(InitKind kind) {
        return switch (kind) {
            case ZEROS -> "zeros";
            case CONSTANT -> "constant";
            case NORMAL -> "normal";
            case UNIFORM -> "uniform";
            case XAVIER_NORMAL -> "Xavier normal";
            case XAVIER_UNIFORM -> "Xavier uniform";
            case HE_NORMAL -> "He normal";
            case HE_UNIFORM -> "He uniform";
            case LECUN_NORMAL -> "LeCun normal";
            case ORTHOGONAL -> "orthogonal";
        };
    }

    /** @return a converter showing {@link #of(Enum)}; converting back from text is not supported (choice boxes only) */
    static <E extends Enum<E>> StringConverter<E> converter(Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return of(value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (of(e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
