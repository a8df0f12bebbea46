package org.familysafeguarding.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows for some tables, kept as PostgreSQL COPY text (tab-separated, \N for null) in the order the
 * tables were first written to, which is the order their foreign keys need. One unit of loading: a
 * database's part of it is copied in one transaction.
 */
public final class Rows {

    private final Map<Table, StringBuilder> text = new LinkedHashMap<>();
    private final Map<Table, Long> counts = new LinkedHashMap<>();

    /** Declares tables up front so that they are copied in this order even when the first rows come later. */
    public Rows declare(Table... tables) {
        for (Table table : tables) {
            text.computeIfAbsent(table, t -> new StringBuilder());
            counts.putIfAbsent(table, 0L);
        }
        return this;
    }

    public void add(Table table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table + " takes " + table.columns().size() + " values, not " + values.length);
        }
        StringBuilder out = text.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            append(out, values[i]);
        }
        out.append('\n');
        counts.merge(table, 1L, Long::sum);
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
            return;
        }
        if (value instanceof Number || value instanceof java.util.UUID || value instanceof java.time.LocalDate) {
            out.append(value);
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    public Map<Table, StringBuilder> text() {
        return text;
    }

    public Map<Table, Long> counts() {
        return counts;
    }

    public long count(Table table) {
        return counts.getOrDefault(table, 0L);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(n -> n == 0);
    }

    /** The part of these rows for one database, in the same order. */
    public Rows of(Database database) {
        Rows part = new Rows();
        text.forEach((table, sb) -> {
            if (table.database() == database) {
                part.text.put(table, sb);
                part.counts.put(table, counts.get(table));
            }
        });
        return part;
    }
}
