package io.jenkins.plugins.planb.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell, left or right aligned, two spaces apart. */
final class TextTable {

    private final String alignment;
    private final List<String[]> rows = new ArrayList<>();

    /**
     * @param alignment one letter per column, {@code l} or {@code r}
     * @param headers   the header cells
     */
    TextTable(String alignment, String... headers) {
        if (alignment.length() != headers.length || !alignment.matches("[lr]*")) {
            throw new IllegalArgumentException("alignment '" + alignment + "' for " + headers.length + " columns");
        }
        this.alignment = alignment;
        rows.add(headers);
    }

    TextTable row(String... cells) {
        if (cells.length != alignment.length()) {
            throw new IllegalArgumentException(cells.length + " cells in a table of " + alignment.length() + " columns");
        }
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : cell.replaceAll("\\s", " ")).toArray(String[]::new));
        return this;
    }

    /** The table, each line starting with {@code indent}, trailing blanks removed. */
    String render(String indent) {
        int[] widths = new int[alignment.length()];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()));
                line.append(i == 0 ? "" : "  ");
                line.append(alignment.charAt(i) == 'r' ? pad + row[i] : row[i] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
