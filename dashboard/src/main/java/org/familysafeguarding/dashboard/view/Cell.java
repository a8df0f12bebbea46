package org.familysafeguarding.dashboard.view;

/**
 * One table cell: its text, and optionally a link or a GOV.UK tag colour. A tag always carries its
 * meaning in the text ("Below target"), so colour is never the only signal.
 */
public record Cell(String text, String href, String tag) {

    public static Cell of(String text) {
        return new Cell(text == null ? "" : text, null, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, href, null);
    }

    public static Cell tagged(String text, String tagColour) {
        return new Cell(text, null, tagColour);
    }
}
