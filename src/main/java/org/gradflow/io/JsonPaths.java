package org.gradflow.io;

import java.util.regex.Pattern;

/**
 * Builds the dotted JSON paths of error messages: {@code network.layers[3].units}. The root is the empty path.
 * A field name that is not a plain identifier (or is long) is written as a quoted excerpt in brackets,
 * e.g. {@code network["bad key"]}.
 */
final class JsonPaths {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

    private JsonPaths() {
    }

    /** @return the path of field {@code name} inside the object at {@code parent} */
    static String child(String parent, String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return parent + "[" + Excerpt.quote(name) + "]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** @return the path of element {@code index} of the array at {@code parent} */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Joins a parent path and a relative dotted path that is already in path syntax (e.g. {@code layers[3].units}).
     */
    static String join(String parent, String relative) {
        if (parent.isEmpty()) {
            return relative;
        }
        if (relative.isEmpty()) {
            return parent;
        }
        return relative.startsWith("[") ? parent + relative : parent + "." + relative;
    }
}
