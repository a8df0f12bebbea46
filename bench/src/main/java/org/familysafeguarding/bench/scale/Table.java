package org.familysafeguarding.bench.scale;

import java.util.List;

/** A table of a service's database as COPY writes it: its name and the columns in the order rows give them. */
public record Table(Database database, String name, List<String> columns) {

    public Table(Database database, String name, String columns) {
        this(database, name, List.of(columns.split(",\\s*")));
    }

    /** The COPY statement that reads this table's rows in PostgreSQL's text format. */
    public String copyStatement() {
        return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    @Override
    public String toString() {
        return database.name().toLowerCase() + "." + name;
    }
}
