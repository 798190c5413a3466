package org.gradflow.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into cells: comma-separated, whitespace around cells trimmed, a cell may be in double
 * quotes (then it may hold commas, and {@code ""} stands for one quote). Quoted cells cannot span lines.
 */
final class CsvCells {
    /** A line that cannot be split; {@code cell} is the 1-based cell where the problem is. */
    static final class MalformedLineException extends Exception {
        private static final long serialVersionUID = 1L;
        final int cell;

        MalformedLineException(int cell, String problem) {
            super(problem);
            this.cell = cell;
        }
    }

    private CsvCells() {
    }

    /**
     * @param line one line without its line break, not {@code null}
     * @return the cells, at least one (an empty line gives one empty cell)
     * @throws MalformedLineException on an unclosed quote or text after a closing quote
     */
    static List<String> split(String line) throws MalformedLineException {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            i = skipBlanks(line, i);
            if (i < n && line.charAt(i) == '"') {
                StringBuilder cell = new StringBuilder();
                i = readQuoted(line, i + 1, cell, cells.size() + 1);
                cells.add(cell.toString());
                i = skipBlanks(line, i);
                if (i < n && line.charAt(i) != ',') {
                    throw new MalformedLineException(cells.size(),
                            "unexpected text after the closing quote of cell " + cells.size());
                }
            } else {
                int end = line.indexOf(',', i);
                if (end < 0) {
                    end = n;
                }
                cells.add(line.substring(Math.min(i, end), end).trim());
                i = end;
            }
            if (i >= n) {
                return cells;
            }
            i++; // the comma
        }
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Reads a quoted cell's content from {@code i} (after the opening quote); returns the index after the closing quote. */
    private static int readQuoted(String line, int i, StringBuilder cell, int cellNumber)
            throws MalformedLineException {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        throw new MalformedLineException(cellNumber, "the quote opening cell " + cellNumber + " is not closed");
    }
}
