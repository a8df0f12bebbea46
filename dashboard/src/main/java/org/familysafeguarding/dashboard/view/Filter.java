package org.familysafeguarding.dashboard.view;

import java.util.List;

/** The GET form above a page's tables: each field keeps the value the page was asked for. */
public record Filter(List<Field> fields) {

    public record Option(String value, String label, boolean selected) {}

    /** A text, date or select field; a select has options. */
    public record Field(String name, String label, String type, String value, List<Option> options, String hint) {

        public static Field text(String name, String label, String value, String hint) {
            return new Field(name, label, "text", value == null ? "" : value, List.of(), hint);
        }

        public static Field date(String name, String label, String value) {
            return new Field(name, label, "date", value == null ? "" : value, List.of(), null);
        }

        public static Field select(String name, String label, String value, List<String[]> valuesAndLabels) {
            return new Field(
                    name,
                    label,
                    "select",
                    value,
                    valuesAndLabels.stream()
                            .map(v -> new Option(v[0], v[1], v[0].equals(value == null ? "" : value)))
                            .toList(),
                    null);
        }

        public boolean isSelect() {
            return "select".equals(type);
        }
    }
}
