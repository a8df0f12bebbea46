package org.familysafeguarding.dashboard.view;

/**
 * A chart drawn by ECharts in the browser from the table it belongs to (the table is its text
 * alternative, so the two can never disagree): the first column gives the categories, each numeric
 * column a series.
 */
public record Chart(Kind kind, String unit) {

    public enum Kind {
        BAR,
        STACKED_BAR
    }

    public String kindName() {
        return kind.name().toLowerCase().replace('_', '-');
    }
}
