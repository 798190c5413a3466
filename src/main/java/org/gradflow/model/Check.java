package org.gradflow.model;

/** Range checks shared by the spec records. Each throws {@link InvalidSpecException} naming the field. */
final class Check {
    private Check() {
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidSpecException(field, "must be a finite number, got " + value);
        }
        return value;
    }

    static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new InvalidSpecException(field, "must be greater than 0, got " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new InvalidSpecException(field, "must not be negative, got " + value);
        }
        return value;
    }

    static double atMost(String field, double value, double max) {
        if (value > max) {
            throw new InvalidSpecException(field, "must be at most " + max + ", got " + value);
        }
        return value;
    }

    /** Checks {@code min <= value < maxExclusive}. */
    static double inHalfOpen(String field, double value, double min, double maxExclusive) {
        finite(field, value);
        if (value < min || value >= maxExclusive) {
            throw new InvalidSpecException(field,
                    "must be at least " + min + " and below " + maxExclusive + ", got " + value);
        }
        return value;
    }

    static int intInRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSpecException(field, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidSpecException(field, "is required");
        }
        return value;
    }
}
