package org.familysafeguarding.bench.scale;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Copies units of rows into one database over one connection with COPY FROM STDIN, a unit in one
 * transaction, its tables in the unit's order. Keeps what it wrote and how long each table took.
 */
final class Copier implements AutoCloseable {

    /** Rows and COPY time per table, summed over every copier of the load. */
    static final class Tally {
        final Map<Table, LongAdder> rows = new ConcurrentHashMap<>();
        final Map<Table, LongAdder> nanos = new ConcurrentHashMap<>();

        void add(Table table, long n, long elapsed) {
            rows.computeIfAbsent(table, t -> new LongAdder()).add(n);
            nanos.computeIfAbsent(table, t -> new LongAdder()).add(elapsed);
        }
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Tally tally;

    Copier(Connections connections, Database db, Tally tally) throws SQLException {
        this.connection = connections.open(db);
        this.tally = tally;
        try (Statement s = connection.createStatement()) {
            // a lost last batch after a crash is acceptable here: the load is repeated on a fresh stack anyway
            s.execute("SET synchronous_commit = off");
        }
        connection.setAutoCommit(false);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void copy(Rows unit) throws SQLException {
        try {
            for (var entry : unit.text().entrySet()) {
                Table table = entry.getKey();
                long n = unit.count(table);
                if (n == 0) {
                    continue;
                }
                long start = System.nanoTime();
                byte[] bytes = entry.getValue().toString().getBytes(StandardCharsets.UTF_8);
                CopyIn in = copy.copyIn(table.copyStatement());
                try {
                    in.writeToCopy(bytes, 0, bytes.length);
                    long copied = in.endCopy();
                    if (copied != n) {
                        throw new SQLException(table + ": COPY took " + copied + " rows of " + n);
                    }
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
                tally.add(table, n, System.nanoTime() - start);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
