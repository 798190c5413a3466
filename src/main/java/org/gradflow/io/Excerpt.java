package org.gradflow.io;

import java.util.Locale;

/**
 * Short, escaped excerpts of untrusted input for error messages. Printable ASCII stays as it is; quotes,
 * backslashes, control characters and every non-ASCII character are escaped JSON-style, so a message never
 * carries raw control or bidirectional characters from a file.
 */
final class Excerpt {
    /** The longest excerpt, in characters, including its quotes and the "..." of a shortened excerpt. */
    static final int MAX_LENGTH = 60;

    private Excerpt() {
    }

    /**
     * @param text untrusted text, not {@code null}
     * @return {@code "text"} escaped, at most {@value #MAX_LENGTH} characters; a shortened excerpt ends in
     *         {@code "...}
     */
    static String quote(String text) {
        String escaped = escape(text, MAX_LENGTH - 2);
        if (escaped != null) {
            return '"' + escaped + '"';
        }
        return '"' + escapePrefix(text, MAX_LENGTH - 5) + "\"...";
    }

    /**
     * Escapes a whole message (for example one from the JSON parser) and shortens it to {@code maxLength}.
     *
     * @param text not {@code null}
     * @param maxLength at least 3
     */
    static String sanitize(String text, int maxLength) {
        String escaped = escape(text, maxLength);
        return escaped != null ? escaped : escapePrefix(text, maxLength - 3) + "...";
    }

    /** @return the escaped text, or {@code null} when it is longer than {@code budget} */
    private static String escape(String text, int budget) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            sb.append(escapeChar(text.charAt(i)));
            if (sb.length() > budget) {
                return null;
            }
        }
        return sb.toString();
    }

    /** @return the longest escaped prefix of whole escape sequences that fits in {@code budget} */
    private static String escapePrefix(String text, int budget) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String piece = escapeChar(text.charAt(i));
            if (sb.length() + piece.length() > budget) {
                break;
            }
            sb.append(piece);
        }
        return sb.toString();
    }

    private static String escapeChar(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c);
        };
    }
}
