package org.familysafeguarding.bench;

import static org.familysafeguarding.bench.StackApi.GATEWAY;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calls each row of the table makes. Load rows run the same call against two targets in a
 * {@link ClosedLoop}; event rows time a write until its effect shows in another service; report
 * rows time the heavy reads a few times.
 */
final class Scenarios {

    static final String AGENCY_LIST = "/api/partners/v1/agencies?size=20";

    /** Sequential samples of one kind: latencies in microseconds, and the samples that failed. */
    record Samples(Histogram latencies, long errors, Map<String, Long> errorKinds) {}

    /** A report timed a few times, and what it covered (children, contracts). */
    record Timed(Histogram latencies, long errors, Map<String, Long> errorKinds, String covered) {}

    /**
     * An intervention recorded through the gateway by {@code writer} for an adult allocated to them, until the
     * contract's KPI of that type, as {@code reader} (the council's commissioner) sees it, has moved.
     */
    record KpiFlow(String writer, String adultId, String type, String contractId, String reader) {}

    private final StackApi api;
    private final Options options;
    private final Fixtures fixtures;
    private final List<String> listCallers;
    private final List<String> childReaders;

    Scenarios(StackApi api, Options options, Fixtures fixtures) {
        this.api = api;
        this.options = options;
        this.fixtures = fixtures;
        this.listCallers = api.users.stream().map(StackApi.DemoUser::username).toList();
        this.childReaders = List.copyOf(fixtures.childrenByUser().keySet());
    }

    List<String> listCallers() {
        return listCallers;
    }

    List<String> childReaders() {
        return childReaders;
    }

    long inventedChildReaders() {
        return childReaders.stream().filter(u -> !api.isDemoUser(u)).count();
    }

    List<String> writers() {
        return fixtures.writers().stream().map(Fixtures.Writer::user).toList();
    }

    ClosedLoop.Plan readPlan() {
        return new ClosedLoop.Plan(options.callers(), options.warmUp(), options.measured(), Long.MAX_VALUE);
    }

    ClosedLoop.Plan writePlan() {
        return new ClosedLoop.Plan(options.callers(), options.writeWarmUp(), options.measured(), options.maxWrites());
    }

    /** Tokens of every caller fetched before any timing starts. */
    void fetchTokens() {
        listCallers.forEach(api::bearer);
        childReaders.forEach(api::bearer);
        fixtures.writers().forEach(w -> api.bearer(w.user()));
    }

    // ---------------------------------------------------------------- load rows

    /** Each call as the next demo user in turn, so that no one caller's rate limit at the gateway is what is measured. */
    ClosedLoop.Result agencyList(URI base) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        return ClosedLoop.run(
                readPlan(), caller -> get(base, AGENCY_LIST, inTurn(listCallers, next.getAndIncrement())));
    }

    /** The first page of families each council user in turn may see (every family shown is audited). */
    ClosedLoop.Result familyList(URI base) throws InterruptedException {
        return pages(base, "/api/caseload/v1/families?size=20", childReaders, 1);
    }

    /** Each call as the next council user in turn, reading the next of the children that user's own search showed. */
    ClosedLoop.Result childRead(URI base) throws InterruptedException {
        return childRead(base, fixtures.childrenByUser());
    }

    ClosedLoop.Result childRead(URI base, Map<String, List<String>> childrenByUser) throws InterruptedException {
        List<String> readers = List.copyOf(childrenByUser.keySet());
        AtomicLong next = new AtomicLong();
        return ClosedLoop.run(readPlan(), caller -> {
            long n = next.getAndIncrement();
            String user = inTurn(readers, n);
            return get(base, "/api/caseload/v1/children/" + inTurn(childrenByUser.get(user), n / readers.size()), user);
        });
    }

    /** How many pages of 20 the list has for this user, at most {@code max}; at least one. */
    int pageCount(URI base, String path, String user, int max) {
        long total = api.ok(api.get(base, path, user), path).path("totalItems").asLong(0);
        return (int) Math.max(1, Math.min(max, (total + 19) / 20));
    }

    /**
     * A list page by page, as the next user in turn: pages 0 to {@code pages - 1} in turn, so that deeper pages
     * are measured as often as the first ({@code path} ends in a query; the page is appended).
     */
    ClosedLoop.Result pages(URI base, String path, List<String> users, int pages) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        return ClosedLoop.run(readPlan(), caller -> {
            long n = next.getAndIncrement();
            return get(base, path + "&page=" + (n % pages), inTurn(users, n));
        });
    }

    /** Each call as the next writer in turn: a practitioner allocated to the adult, or the family's lead social worker. */
    ClosedLoop.Result recordIntervention(URI base) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        return ClosedLoop.run(writePlan(), caller -> {
            Fixtures.Writer writer = inTurn(fixtures.writers(), next.getAndIncrement());
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(base + "/api/caseload/v1/adults/" + writer.adultId() + "/interventions"))
                    .timeout(StackApi.TIMEOUT)
                    .header("Authorization", "Bearer " + api.bearer(writer.user()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(intervention(writer.interventionType())))
                    .build();
            return api.http
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        });
    }

    static <T> T inTurn(List<T> list, long n) {
        return list.get((int) (n % list.size()));
    }

    private int get(URI base, String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(StackApi.TIMEOUT)
                .header("Authorization", "Bearer " + api.bearer(user))
                .header("Accept", "application/json")
                .GET()
                .build();
        return api.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An intervention of today; a test has a result, and its notes stay with the recording agency. */
    static String intervention(String type) {
        return type.endsWith("_TEST")
                ? """
                {"type": "%s", "occurredOn": "%s", "durationMinutes": 15, "testResult": "NEGATIVE",
                 "notes": "Test taken at the hub.", "notesShared": false}""".formatted(type, LocalDate.now())
                : "{\"type\": \"%s\", \"occurredOn\": \"%s\", \"durationMinutes\": 45}"
                        .formatted(type, LocalDate.now());
    }

    // ---------------------------------------------------------------- the floor: plain JDBC, the service's own role

    /** The page of 20 agencies as partners-service reads it: the rows, their service types, the count. */
    ClosedLoop.Result agencyListJdbc() throws Exception {
        String[] sql = {
            "select id, name, kind, council_code, charity_number, companies_house_number, ods_code, created_at, version"
                    + " from agency order by name, id limit 20 offset 0",
            "select agency_id, service_type from agency_service_type where agency_id = any (?)",
            "select count(*) from agency"
        };
        try (Jdbc jdbc = new Jdbc("partners", sql)) {
            return ClosedLoop.run(readPlan(), caller -> {
                PreparedStatement[] statements = jdbc.statements(caller);
                List<Object> ids = new ArrayList<>();
                try (ResultSet rows = statements[0].executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1));
                        readRow(rows);
                    }
                }
                statements[1].setArray(1, statements[1].getConnection().createArrayOf("uuid", ids.toArray()));
                drain(statements[1]);
                drain(statements[2]);
                return ids.isEmpty() ? 404 : 200; // a floor that reads nothing is no floor
            });
        }
    }

    /** One child as caseload-service reads it: the row and its disabilities, the same children in turn. */
    ClosedLoop.Result childReadJdbc() throws Exception {
        String[] sql = {
            "select id, family_id, council_code, given_name, family_name, date_of_birth, expected_date_of_birth, sex,"
                    + " ethnicity, upn, nhs_number, council_child_id, created_at, updated_at, version from child where id = ?",
            "select code from child_disability where child_id = ?"
        };
        List<UUID> ids = fixtures.childrenByUser().values().stream()
                .flatMap(List::stream)
                .distinct()
                .map(UUID::fromString)
                .toList();
        AtomicLong next = new AtomicLong();
        try (Jdbc jdbc = new Jdbc("caseload", sql)) {
            return ClosedLoop.run(readPlan(), caller -> {
                PreparedStatement[] statements = jdbc.statements(caller);
                UUID id = inTurn(ids, next.getAndIncrement());
                statements[0].setObject(1, id);
                statements[1].setObject(1, id);
                int found = drain(statements[0]);
                drain(statements[1]);
                return found == 1 ? 200 : 404;
            });
        }
    }

    /** Reads every column of every row; answers the number of rows. */
    private static int drain(PreparedStatement statement) throws SQLException {
        int count = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                readRow(rows);
                count++;
            }
        }
        return count;
    }

    private static void readRow(ResultSet rows) throws SQLException {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            rows.getObject(i);
        }
    }

    /** A connection per caller to a service's database as the service's own role, each with its prepared statements. */
    private final class Jdbc implements AutoCloseable {
        private final List<Connection> connections = new ArrayList<>();
        private final List<PreparedStatement[]> statements = new ArrayList<>();

        Jdbc(String database, String[] sql) throws Exception {
            String password = StackApi.secret(options.state(), database.toUpperCase() + "_DB_PASSWORD");
            for (int c = 0; c < options.callers(); c++) {
                Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + StackApi.DATABASE_HOST + "/" + database, database, password);
                connection.setReadOnly(true);
                connections.add(connection);
                PreparedStatement[] prepared = new PreparedStatement[sql.length];
                for (int i = 0; i < sql.length; i++) {
                    prepared[i] = connection.prepareStatement(sql[i]);
                }
                statements.add(prepared);
            }
        }

        PreparedStatement[] statements(int caller) {
            return statements.get(caller);
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    // ---------------------------------------------------------------- event to visible

    /** The demo councils' flow: a CGL drug test for the West Sussex Benchmark mother. */
    KpiFlow demoKpiFlow() {
        return new KpiFlow(
                "cgl-practitioner", fixtures.motherId(), "DRUG_TEST", fixtures.contractId(), "ws-commissioner");
    }

    /** An intervention answered 201 through the gateway, until the contract's KPI actual has moved. */
    Samples interventionToKpi(int samples, KpiFlow flow) throws InterruptedException {
        long[] actual = {settledKpiActual(flow)};
        return sample(samples, () -> {
            HttpRequest request = api.request(
                            GATEWAY, "/api/caseload/v1/adults/" + flow.adultId() + "/interventions", flow.writer())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(intervention(flow.type())))
                    .build();
            StackApi.Answer answer = api.send(request);
            long answered = System.nanoTime();
            if (answer.status() != 201) {
                throw new SampleFailed("HTTP " + answer.status());
            }
            long target = actual[0] + 1;
            return waitFor(answered, () -> {
                long now = kpiActual(flow);
                if (now >= target) {
                    actual[0] = now;
                    return true;
                }
                return false;
            });
        });
    }

    /** An agency registered by the platform admin through the gateway, until caseload-service shows it. */
    Samples agencyToCaseload(int samples) throws InterruptedException {
        String run = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        AtomicLong number = new AtomicLong();
        return sample(samples, () -> {
            StackApi.Answer answer = api.post(
                    GATEWAY,
                    "/api/partners/v1/agencies",
                    "platform-admin",
                    "{\"name\": \"Benchmark agency %s-%03d\", \"kind\": \"STATUTORY_BODY\"}"
                            .formatted(run, number.incrementAndGet()));
            long answered = System.nanoTime();
            if (answer.status() != 201) {
                throw new SampleFailed("HTTP " + answer.status());
            }
            String path =
                    "/api/caseload/v1/agencies/" + answer.body().path("id").asText();
            return waitFor(answered, () -> {
                int status = api.get(GATEWAY, path, "ws-partnership-admin").status();
                if (status != 200 && status != 404) {
                    throw new SampleFailed("caseload answered HTTP " + status);
                }
                return status == 200;
            });
        });
    }

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private interface Sample {
        long nanos() throws Exception;
    }

    private interface Check {
        boolean seen() throws Exception;
    }

    private static final class SampleFailed extends Exception {
        SampleFailed(String message) {
            super(message);
        }
    }

    private static Samples sample(int samples, Sample sample) throws InterruptedException {
        Histogram latencies = new Histogram(3);
        long errors = 0;
        Map<String, Long> kinds = new TreeMap<>();
        for (int i = 0; i < samples; i++) {
            try {
                latencies.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(sample.nanos())));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                errors++;
                kinds.merge(
                        e instanceof SampleFailed
                                ? e.getMessage()
                                : e.getClass().getSimpleName(),
                        1L,
                        Long::sum);
            }
            // the relays poll their outbox once a second: a random pause keeps samples from locking onto that beat
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 250));
        }
        return new Samples(latencies, errors, kinds);
    }

    /** Nanoseconds from {@code since} to the answer that first showed the effect; polls every 20 ms for 30 s. */
    private static long waitFor(long since, Check check) throws Exception {
        while (System.nanoTime() - since < VISIBLE_WITHIN.toNanos()) {
            if (check.seen()) {
                return System.nanoTime() - since;
            }
            Thread.sleep(POLL);
        }
        throw new SampleFailed("not visible within " + VISIBLE_WITHIN.toSeconds() + " s");
    }

    private long kpiActual(KpiFlow flow) {
        JsonNode performance = api.ok(
                api.get(
                        GATEWAY,
                        "/api/contracts/v1/contracts/" + flow.contractId() + "/kpis/performance",
                        flow.reader()),
                "the KPI performance");
        for (JsonNode result : performance.path("results")) {
            if (flow.type().equals(result.path("interventionType").asText())) {
                return result.path("actual").asLong(0);
            }
        }
        throw new IllegalStateException("the contract " + flow.contractId() + " has no " + flow.type() + " KPI");
    }

    /** The KPI once the writes before have all been counted: two reads two seconds apart agree (up to a minute). */
    private long settledKpiActual(KpiFlow flow) throws InterruptedException {
        long before = kpiActual(flow);
        for (int i = 0; i < 30; i++) {
            Thread.sleep(Duration.ofSeconds(2));
            long now = kpiActual(flow);
            if (now == before) {
                return now;
            }
            before = now;
        }
        return before;
    }

    // ---------------------------------------------------------------- reports

    /** The DfE CIN census XML of the user's council (X-Children-Count says how many children it holds). */
    Timed cinCensus(String user) throws InterruptedException {
        int year = censusYear(LocalDate.now());
        return time(() -> {
            HttpResponse<byte[]> response =
                    ok(raw(user, "/api/caseload/v1/returns/cin-census?year=" + year, "application/xml"));
            return response.headers().firstValue("X-Children-Count").orElse("?") + " children, census " + year;
        });
    }

    /** Outcome metrics over the two years to today. */
    Timed outcomes(String user) throws InterruptedException {
        LocalDate today = LocalDate.now();
        return time(() -> {
            HttpResponse<byte[]> response = ok(raw(
                    user,
                    "/api/caseload/v1/outcomes?from=" + today.minusYears(2).plusDays(1) + "&to=" + today,
                    "application/json"));
            return api.json
                            .readTree(response.body())
                            .path("period")
                            .path("childrenInNeed")
                            .path("value")
                            .asText("?") + " children in need, 2 years";
        });
    }

    /** Every OCDS release package of the user's council, page after page (up to 50 a page). */
    Timed ocdsPackages(String user) throws InterruptedException {
        return time(() -> {
            long total = Long.MAX_VALUE;
            long seen = 0;
            for (int page = 0; seen < total && page < 100; page++) {
                JsonNode body = api.json.readTree(ok(raw(
                                user,
                                "/api/contracts/v1/ocds/release-packages?size=50&page=" + page,
                                "application/json"))
                        .body());
                total = body.path("totalItems").asLong();
                seen += body.path("items").size();
                if (body.path("items").isEmpty()) {
                    break;
                }
            }
            return seen + " contracts";
        });
    }

    /** A contract's KPI performance this quarter, counted from the interventions contracts-service holds. */
    Timed kpiPerformance(String user, String contractId) throws InterruptedException {
        return time(() -> {
            JsonNode body = api.json.readTree(
                    ok(raw(user, "/api/contracts/v1/contracts/" + contractId + "/kpis/performance", "application/json"))
                            .body());
            long actual = 0;
            for (JsonNode result : body.path("results")) {
                actual += result.path("actual").asLong(0);
            }
            return body.path("results").size() + " KPIs, " + actual + " counted this quarter";
        });
    }

    private interface Run {
        /** Runs the report once; answers what it covered. */
        String covered() throws Exception;
    }

    private Timed time(Run run) throws InterruptedException {
        Histogram latencies = new Histogram(3);
        long errors = 0;
        Map<String, Long> kinds = new TreeMap<>();
        String covered = "?";
        for (int i = 0; i < options.reportRuns(); i++) {
            try {
                long start = System.nanoTime();
                String what = run.covered();
                latencies.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start)));
                covered = what;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                errors++;
                kinds.merge(
                        e instanceof SampleFailed
                                ? e.getMessage()
                                : e.getClass().getSimpleName(),
                        1L,
                        Long::sum);
            }
        }
        return new Timed(latencies, errors, kinds, covered);
    }

    private HttpResponse<byte[]> raw(String user, String path, String accept) throws Exception {
        return api.http.send(
                api.request(GATEWAY, path, user)
                        .setHeader("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> ok(HttpResponse<byte[]> response) throws SampleFailed {
        if (response.statusCode() != 200) {
            throw new SampleFailed("HTTP " + response.statusCode());
        }
        return response;
    }

    /** The latest census whose date (31 March) has passed: the service refuses one still to come. */
    static int censusYear(LocalDate today) {
        return MonthDay.from(today).isAfter(MonthDay.of(3, 31)) ? today.getYear() : today.getYear() - 1;
    }
}
