package org.gradflow.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the target column of a CSV file from the user's text: a header name, or a 1-based column number. */
final class CsvTarget {
    private CsvTarget() {
    }

    /**
     * A header name wins over a number: first an exact name, then a unique case-insensitive name, then a column
     * number from 1 to {@code names.size()}.
     *
     * @param target the user's text, not {@code null}
     * @param names the column names, not {@code null}
     * @param hasHeader whether {@code names} come from a header line (else they are generated)
     * @param file the file, for messages
     * @param line the 1-based line the names come from, for messages
     * @return the 0-based index of the target column
     * @throws DataException naming the columns there are when none matches
     */
    static int resolve(String target, List<String> names, boolean hasHeader, Path file, int line)
            throws DataException {
        String wanted = target.trim();
        if (hasHeader) {
            List<Integer> exact = matches(names, wanted, false);
            if (exact.size() > 1) {
                throw new DataException("the target column name " + Text.quote(wanted) + " appears "
                        + exact.size() + " times in the header (columns " + numbers(exact)
                        + "); give the target column by number instead", file, line, 0, null, null);
            }
            List<Integer> loose = exact.isEmpty() ? matches(names, wanted, true) : exact;
            if (loose.size() == 1) {
                return loose.get(0);
            }
        }
        if (!wanted.isEmpty() && wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number = wanted.length() > 10 ? Long.MAX_VALUE : Long.parseLong(wanted);
            if (number >= 1 && number <= names.size()) {
                return (int) number - 1;
            }
            throw new DataException("target column " + wanted + " does not exist: the file has " + names.size()
                    + " columns" + (hasHeader ? " (" + Text.list(names) + ")" : ""), file, line, 0, null, null);
        }
        if (!hasHeader) {
            throw new DataException("the file has no header line, so the target column must be a column number"
                    + " from 1 to " + names.size() + ", got " + Text.quote(wanted), file, line, 0, null, null);
        }
        throw new DataException("there is no column named " + Text.quote(wanted) + "; the columns are "
                + Text.list(names), file, line, 0, null, null);
    }

    private static List<Integer> matches(List<String> names, String wanted, boolean ignoreCase) {
        List<Integer> found = new ArrayList<>();
        String w = ignoreCase ? wanted.toLowerCase(Locale.ROOT) : wanted;
        for (int i = 0; i < names.size(); i++) {
            String name = ignoreCase ? names.get(i).toLowerCase(Locale.ROOT) : names.get(i);
            if (name.equals(w)) {
                found.add(i);
            }
        }
        return found;
    }

    private static String numbers(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            b.append(b.length() > 0 ? ", " : "").append(i + 1);
        }
        return b.toString();
    }
}
