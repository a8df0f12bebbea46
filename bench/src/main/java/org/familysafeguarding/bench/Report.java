package org.familysafeguarding.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one table a run prints: header lines (date, machine, commit, load), then a section per
 * scenario, each with its own columns. Names and words are left-aligned, figures right-aligned;
 * a row with fewer cells than columns lets its last cell run on (e.g. "n/a (...)").
 */
final class Report {

    static final List<String> COMPARISON_COLUMNS =
            List.of("req/s", "base", "ratio", "p50 ms", "base", "ratio", "p99 ms", "base", "ratio", "errors", "base");

    /** @param textColumn a column (counted from 1 after the row names) that is left-aligned, or 0 */
    record Section(String title, List<String> columns, int textColumn, List<List<String>> rows, List<String> notes) {}

    private final String title;
    private final List<String[]> header = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    Report(String title) {
        this.title = title;
    }

    void header(String name, String value) {
        header.add(new String[] {name, value});
    }

    Section section(String title, List<String> columns) {
        return section(title, columns, null);
    }

    /** A section whose column named {@code textColumn} holds words, not figures: left-aligned. */
    Section section(String title, List<String> columns, String textColumn) {
        int text = textColumn == null ? 0 : columns.indexOf(textColumn) + 1;
        Section section = new Section(title, List.copyOf(columns), text, new ArrayList<>(), new ArrayList<>());
        sections.add(section);
        return section;
    }

    static void row(Section section, String... cells) {
        section.rows().add(List.of(cells));
    }

    /** A measured figure beside its baseline: throughput, p50, p99 and errors, each with base and ratio. */
    static void comparison(Section section, String scenario, ClosedLoop.Result subject, ClosedLoop.Result baseline) {
        row(
                section,
                scenario,
                number(subject.throughput()),
                number(baseline.throughput()),
                ratio(subject.throughput(), baseline.throughput()),
                number(subject.p50Millis()),
                number(baseline.p50Millis()),
                ratio(subject.p50Millis(), baseline.p50Millis()),
                number(subject.p99Millis()),
                number(baseline.p99Millis()),
                ratio(subject.p99Millis(), baseline.p99Millis()),
                Long.toString(subject.errors()),
                Long.toString(baseline.errors()));
    }

    /** figure / baseline, e.g. "0.71x"; "-" when either is missing or the baseline is zero. */
    static String ratio(double value, double baseline) {
        if (Double.isNaN(value) || Double.isNaN(baseline) || Double.isInfinite(value) || baseline <= 0) {
            return "-";
        }
        return number(value / baseline) + "x";
    }

    /** Three significant figures or so, never scientific: 0.42, 7.35, 42.1, 1234. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude < 9.995 ? "%.2f" : magnitude < 99.95 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, value);
    }

    String render() {
        StringBuilder out = new StringBuilder(title).append('\n');
        int nameWidth = header.stream().mapToInt(h -> h[0].length()).max().orElse(0);
        for (String[] line : header) {
            out.append(pad(line[0], nameWidth, false))
                    .append("  ")
                    .append(line[1])
                    .append('\n');
        }
        for (Section section : sections) {
            out.append('\n');
            int[] widths = widths(section);
            List<String> heading = new ArrayList<>();
            heading.add(section.title());
            heading.addAll(section.columns());
            int text = section.textColumn();
            out.append(line(heading, widths, text)).append('\n');
            out.append(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths, text))
                    .append('\n');
            for (List<String> row : section.rows()) {
                out.append(line(row, widths, text)).append('\n');
            }
            for (String note : section.notes()) {
                out.append("  ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    private static int[] widths(Section section) {
        int[] widths = new int[section.columns().size() + 1];
        widths[0] = section.title().length();
        for (int i = 0; i < section.columns().size(); i++) {
            widths[i + 1] = section.columns().get(i).length();
        }
        for (List<String> row : section.rows()) {
            boolean full = row.size() == widths.length;
            for (int i = 0; i < row.size(); i++) {
                if (full || i < row.size() - 1 || i == 0) { // a cell that runs on does not widen its column
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths, int textColumn) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean runsOn = i == cells.size() - 1 && cells.size() < widths.length && i > 0;
            if (i > 0) {
                line.append("  ");
            }
            line.append(runsOn ? cells.get(i) : pad(cells.get(i), widths[i], i > 0 && i != textColumn));
        }
        return line.toString().stripTrailing();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
