package org.gradflow.data;

import java.util.List;

/** Short, safe renderings of user data for error messages. */
final class Text {
    /** Longest excerpt of a cell quoted in a message, in characters (before escaping). */
    static final int MAX_EXCERPT = 40;
    /** Most names listed in a message before "and N more". */
    static final int MAX_NAMES = 10;

    private Text() {
    }

    /**
     * @param s any text, not {@code null}
     * @return {@code s} in double quotes, at most {@value #MAX_EXCERPT} characters of it (then "..."),
     *         with quotes, backslashes and control or invisible characters escaped
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_EXCERPT) + 8).append('"');
        int end = Math.min(s.length(), MAX_EXCERPT);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || Character.isSurrogate(c) || !Character.isDefined(c)
                            || Character.getType(c) == Character.FORMAT) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
        if (s.length() > end) {
            b.append("... (").append(s.length()).append(" characters)");
        }
        return b.toString();
    }

    /**
     * @param names names, not {@code null}
     * @return the first {@value #MAX_NAMES} names quoted and comma-separated, then "and N more"
     */
    static String list(List<String> names) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(names.size(), MAX_NAMES);
        for (int i = 0; i < shown; i++) {
            b.append(i > 0 ? ", " : "").append(quote(names.get(i)));
        }
        if (names.size() > shown) {
            b.append(" and ").append(names.size() - shown).append(" more");
        }
        return b.toString();
    }
}
