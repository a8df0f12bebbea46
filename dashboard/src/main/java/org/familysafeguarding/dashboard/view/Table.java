package org.familysafeguarding.dashboard.view;

import java.util.List;

/**
 * A table as the API's figures fill it: rendered as HTML, downloaded as CSV, and the source of its chart.
 *
 * @param id     unique on its page; the CSV link names it
 * @param chart  null when the table has no chart
 * @param paging null when the table is not paged
 */
public record Table(
        String id, String caption, List<Column> columns, List<List<Cell>> rows, Chart chart, Paging paging) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public Table withChart(Chart chart) {
        return new Table(id, caption, columns, rows, chart, paging);
    }

    public Table withPaging(Paging paging) {
        return new Table(id, caption, columns, rows, chart, paging);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
