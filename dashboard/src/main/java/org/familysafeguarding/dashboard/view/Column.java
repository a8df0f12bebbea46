package org.familysafeguarding.dashboard.view;

/** A table column; numeric columns are right-aligned and are the series a chart can draw. */
public record Column(String heading, boolean numeric) {

    public static Column text(String heading) {
        return new Column(heading, false);
    }

    public static Column number(String heading) {
        return new Column(heading, true);
    }
}
