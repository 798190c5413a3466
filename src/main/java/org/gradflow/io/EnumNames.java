package org.gradflow.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file names of enum constants: the constant's name in lower-case snake case ({@code LEAKY_RELU} is
 * {@code "leaky_relu"}). Reading accepts any letter case.
 */
final class EnumNames {
    private EnumNames() {
    }

    /** @return the name written to files, e.g. {@code "xavier_normal"} */
    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** @return the constant whose name equals {@code text} ignoring case, or {@code null} when none does */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        return null;
    }

    /** @return the file names of all constants, comma-separated, in declaration order */
    static String all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::of).collect(Collectors.joining(", "));
    }
}
