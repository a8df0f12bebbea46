package org.familysafeguarding.dashboard.view;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as RFC 4180 CSV. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR)
 * is prefixed with an apostrophe, so a downloaded file cannot run anything when opened (CSV injection);
 * plain negative numbers are left as numbers.
 */
public final class Csv {

    private Csv() {}

    public static String of(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(Column::heading).toList());
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(Cell::text).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> values) {
        out.append(values.stream().map(Csv::field).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9][0-9,.]*%?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
