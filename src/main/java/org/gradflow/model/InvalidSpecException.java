package org.gradflow.model;

import java.util.Objects;

/**
 * Thrown when a spec value is out of range or inconsistent. The message always names the offending
 * field (a dotted path such as {@code layers[3].units}) and the problem.
 */
public final class InvalidSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    /**
     * @param field the field path, not {@code null}
     * @param problem what is wrong, in plain words, not {@code null}
     */
    public InvalidSpecException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    /** @return the field path, never {@code null} */
    public String field() {
        return field;
    }

    /** @return the problem without the field name, never {@code null} */
    public String problem() {
        return problem;
    }

    /**
     * @param parent path of the enclosing object, e.g. {@code network}
     * @return the same problem with its field path prefixed by {@code parent}
     */
    public InvalidSpecException within(String parent) {
        return new InvalidSpecException(parent + "." + field, problem);
    }
}
