package org.familysafeguarding.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads a {@link ScaleData} into the three service databases: the partnership unit into each database at
 * once, then the casework units as they are drawn, caseload's part on {@code writers} connections and
 * contracts' part (its copy of the interventions) on one more, then ANALYZE on every table written.
 */
final class BulkLoad {

    private final Connections connections;
    private final int writers;
    final Copier.Tally tally = new Copier.Tally();
    final Map<String, Long> phaseMillis = new TreeMap<>();

    BulkLoad(Connections connections, int writers) {
        this.connections = connections;
        this.writers = writers;
    }

    /** Refuses a load whose councils, local authority numbers or provider numbers the stack already holds. */
    void refuseWhatIsThere(ScaleData data) throws SQLException {
        var codes = data.councils().stream().map(s -> s.council().code()).toArray(String[]::new);
        var numbers = data.councils().stream().map(s -> s.council().laNumber()).toArray(String[]::new);
        try (Connection c = connections.open(Database.PARTNERS);
                PreparedStatement q = c.prepareStatement("select code, la_number, name from council "
                        + "where code = any(?) or la_number = any(?) order by code")) {
            q.setArray(1, c.createArrayOf("varchar", codes));
            q.setArray(2, c.createArrayOf("varchar", numbers));
            var found = new ArrayList<String>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " (" + rs.getString(2) + ", " + rs.getString(3) + ")");
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from agency where charity_number like '99______' "
                            + "or companies_house_number like 'ZZ%' or ods_code like 'Z9%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    found.add(rs.getLong(1) + " partner agencies of an earlier scale load");
                }
            }
            if (!found.isEmpty()) {
                throw new IllegalStateException("the stack already holds what this load would write: "
                        + String.join("; ", found.subList(0, Math.min(5, found.size())))
                        + (found.size() > 5 ? " ..." : "")
                        + " - load into a fresh stack (deploy/local/stack reset --yes && deploy/local/stack up)");
            }
        }
    }

    void run(ScaleData data, int familiesPerUnit) throws Exception {
        ExecutorService caseload = Executors.newFixedThreadPool(writers);
        ExecutorService contracts = Executors.newSingleThreadExecutor();
        BlockingQueue<Copier> caseloadCopiers = new ArrayBlockingQueue<>(writers);
        BlockingQueue<Copier> contractsCopiers = new ArrayBlockingQueue<>(1);
        var all = new ArrayList<Copier>();
        var failure = new AtomicReference<Exception>();
        // units in flight at once: enough to keep every connection busy while the next unit is drawn
        var inFlight = new Semaphore(2 * (writers + 1));
        var started = new long[] {System.nanoTime(), 0};
        try {
            for (int i = 0; i < writers; i++) {
                Copier copier = new Copier(connections, Database.CASELOAD, tally);
                all.add(copier);
                caseloadCopiers.add(copier);
            }
            Copier contractsCopier = new Copier(connections, Database.CONTRACTS, tally);
            all.add(contractsCopier);
            contractsCopiers.add(contractsCopier);
            Copier partnersCopier = new Copier(connections, Database.PARTNERS, tally);
            all.add(partnersCopier);
            var first = new boolean[] {true};
            data.generate(
                    unit -> {
                        if (failure.get() != null) {
                            throw failure.get();
                        }
                        if (first[0]) {
                            // the partnership: each database's part at once, all of it before any casework
                            first[0] = false;
                            long t = System.nanoTime();
                            List<Future<?>> parts = List.of(
                                    submit(caseload, caseloadCopiers, unit.of(Database.CASELOAD), failure, null),
                                    submit(contracts, contractsCopiers, unit.of(Database.CONTRACTS), failure, null));
                            partnersCopier.copy(unit.of(Database.PARTNERS));
                            for (Future<?> part : parts) {
                                part.get();
                            }
                            if (failure.get() != null) {
                                throw failure.get();
                            }
                            phaseMillis.put(
                                    "1 partnership (councils, agencies, workforce, agreements, contracts)", millis(t));
                            started[1] = System.nanoTime();
                            return;
                        }
                        inFlight.acquire(2);
                        submit(caseload, caseloadCopiers, unit.of(Database.CASELOAD), failure, inFlight);
                        submit(contracts, contractsCopiers, unit.of(Database.CONTRACTS), failure, inFlight);
                    },
                    familiesPerUnit);
            caseload.shutdown();
            contracts.shutdown();
            caseload.awaitTermination(1, TimeUnit.DAYS);
            contracts.awaitTermination(1, TimeUnit.DAYS);
            if (failure.get() != null) {
                throw failure.get();
            }
            phaseMillis.put("2 casework (families to interventions, with contracts' copy)", millis(started[1]));
        } finally {
            caseload.shutdownNow();
            contracts.shutdownNow();
            for (Copier c : all) {
                c.close();
            }
        }
        long t = System.nanoTime();
        analyze();
        phaseMillis.put("3 ANALYZE of the tables written", millis(t));
    }

    private static Future<?> submit(
            ExecutorService pool,
            BlockingQueue<Copier> copiers,
            Rows part,
            AtomicReference<Exception> failure,
            Semaphore inFlight) {
        return pool.submit(() -> {
            Copier copier = null;
            try {
                if (failure.get() == null) {
                    copier = copiers.take();
                    copier.copy(part);
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            } finally {
                if (copier != null) {
                    copiers.add(copier);
                }
                if (inFlight != null) {
                    inFlight.release();
                }
            }
        });
    }

    private void analyze() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Database.values().length);
        try {
            var done = new ArrayList<Future<?>>();
            for (Database db : Database.values()) {
                var tables = tally.rows.keySet().stream()
                        .filter(t -> t.database() == db)
                        .map(Table::name)
                        .distinct()
                        .sorted()
                        .toList();
                done.add(pool.submit(() -> {
                    try (Connection c = connections.open(db);
                            Statement s = c.createStatement()) {
                        s.execute("ANALYZE " + String.join(", ", tables));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
