package org.familysafeguarding.bench;

import static org.familysafeguarding.bench.StackApi.CASELOAD;
import static org.familysafeguarding.bench.StackApi.CONTRACTS;
import static org.familysafeguarding.bench.StackApi.GATEWAY;
import static org.familysafeguarding.bench.StackApi.PARTNERS;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * deploy/local/stack bench [--quick]: the platform's figures against the running stack, each beside a
 * baseline measured in the same run, as one table printed and written to bench/results/. Exits 1 when
 * any call failed (a non-2xx answer or an exception), never because of a figure; 2 on bad options.
 */
public final class Bench {

    private final Options options;
    private final List<String> errorNotes = new ArrayList<>();
    private long errors;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        int code;
        try {
            code = new Bench(options).run();
        } catch (Exception e) {
            System.err.println("bench: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    private int run() throws Exception {
        ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
        long startNanos = System.nanoTime();
        String load = ProcessFacts.loadAverage();
        try (StackApi api = new StackApi(options.root())) {
            awaitReady(api);
            Fixtures fixtures = Fixtures.prepare(api, Bench::progress);
            Scenarios scenarios = new Scenarios(api, options, fixtures);
            AtScale atScale = null;
            if (options.scale().isPresent()) {
                atScale = AtScale.prepare(api, options, options.scale().get(), Bench::progress);
                atScale.users().forEach(api::bearer);
            }
            scenarios.fetchTokens();

            // reads first, each figure beside its bases; the writes last, as the events they publish are counted after
            // them
            progress("1, 3. agency list: direct, through the gateway, plain JDBC");
            var agenciesDirect = scenarios.agencyList(PARTNERS);
            var agenciesGateway = scenarios.agencyList(GATEWAY);
            var agenciesJdbc = scenarios.agencyListJdbc();
            progress("1. families list: direct, through the gateway");
            var familiesDirect = scenarios.familyList(CASELOAD);
            var familiesGateway = scenarios.familyList(GATEWAY);
            progress("1, 3. child read: direct, through the gateway, plain JDBC");
            var childDirect = scenarios.childRead(CASELOAD);
            var childGateway = scenarios.childRead(GATEWAY);
            var childJdbc = scenarios.childReadJdbc();
            ClosedLoop.Result childAuditOff = null;
            if (options.auditOffUrl().isPresent()) {
                progress("2. child read on the audit-off instance "
                        + options.auditOffUrl().get());
                childAuditOff = scenarios.childRead(options.auditOffUrl().get());
            }
            progress("1. record intervention: direct, then through the gateway");
            var writeDirect = scenarios.recordIntervention(CASELOAD);
            var writeGateway = scenarios.recordIntervention(GATEWAY);

            int samples = options.eventSamples();
            progress("4. event to visible: " + samples + " interventions and " + samples + " agencies, side by side");
            Scenarios.Samples kpi;
            Scenarios.Samples agency;
            try (ExecutorService flows = Executors.newVirtualThreadPerTaskExecutor()) {
                Future<Scenarios.Samples> kpiFlow =
                        flows.submit(() -> scenarios.interventionToKpi(samples, scenarios.demoKpiFlow()));
                Future<Scenarios.Samples> agencyFlow = flows.submit(() -> scenarios.agencyToCaseload(samples));
                kpi = result(kpiFlow);
                agency = result(agencyFlow);
            }

            progress("5. reports, " + options.reportRuns() + " runs each");
            var censusWs = scenarios.cinCensus("ws-partnership-admin");
            var censusOx = scenarios.cinCensus("ox-partnership-admin");
            var outcomes = scenarios.outcomes("ws-partnership-admin");
            var ocds = scenarios.ocdsPackages("ws-commissioner");

            ScaleRows scaleRows = atScale == null ? null : scaleRows(scenarios, atScale, samples);
            List<ProcessFacts.Component> components = ProcessFacts.components(options.state());

            Report report = new Report("Family Safeguarding platform benchmark (" + (options.quick() ? "quick" : "full")
                    + options.scale().map(s -> ", at " + s.name() + " scale").orElse("") + ")");
            header(report, started, startNanos, load, scenarios);

            var gateway = report.section("1. gateway vs direct (base)", Report.COMPARISON_COLUMNS);
            comparison(gateway, "agency list, 20 a page", agenciesGateway, agenciesDirect);
            comparison(gateway, "families list (audited)", familiesGateway, familiesDirect);
            comparison(gateway, "child read (audited)", childGateway, childDirect);
            comparison(gateway, "record intervention", writeGateway, writeDirect);

            var audit = report.section("2. audit write on vs off (base)", Report.COMPARISON_COLUMNS);
            if (childAuditOff == null) {
                Report.row(audit, "child read, direct", "n/a (no audit-off instance)");
            } else {
                comparison(audit, "child read, direct", childDirect, childAuditOff);
            }

            var floor = report.section("3. service vs plain JDBC (base)", Report.COMPARISON_COLUMNS);
            comparison(floor, "agency list, 20 a page", agenciesDirect, agenciesJdbc);
            comparison(floor, "child read", childDirect, childJdbc);

            var events =
                    report.section("4. event to visible", List.of("samples", "p50 ms", "p99 ms", "max ms", "errors"));
            samples(events, "intervention 201 -> KPI actual moved", kpi);
            samples(events, "agency registered -> in caseload", agency);

            var reports = report.section(
                    "5. reports via the gateway", List.of("runs", "p50 ms", "max ms", "errors", "covered"), "covered");
            timed(reports, "CIN census export, West Sussex", censusWs);
            timed(reports, "CIN census export, Oxfordshire", censusOx);
            timed(reports, "outcome metrics, West Sussex", outcomes);
            timed(reports, "OCDS release packages, West Sussex", ocds);

            var processes = report.section("6. processes", List.of("started in s", "RSS MB after load"));
            for (ProcessFacts.Component c : components) {
                Report.row(
                        processes,
                        c.name(),
                        c.startedInSeconds().isPresent()
                                ? Report.number(c.startedInSeconds().getAsDouble())
                                : "-",
                        c.rssKb().isPresent() ? Long.toString(c.rssKb().getAsLong() / 1024) : "-");
            }
            if (scaleRows != null) {
                scaleSections(report, atScale, scaleRows);
            }

            if (!errorNotes.isEmpty()) {
                report.section("errors", List.of()).notes().addAll(errorNotes);
            }

            String table = report.render();
            System.out.println();
            System.out.print(table);
            Files.createDirectories(options.results());
            Path file = options.results()
                    .resolve(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".txt");
            Files.writeString(file, table);
            System.out.println();
            System.out.println("written to " + file);
            if (errors > 0) {
                System.out.println("bench: " + errors + " calls failed (see errors above)");
                return 1;
            }
            return 0;
        }
    }

    /** What the rows at scale measured. */
    private record ScaleRows(
            ClosedLoop.Result families,
            ClosedLoop.Result familiesBase,
            int familyPages,
            int familyPagesBase,
            ClosedLoop.Result childRead,
            ClosedLoop.Result childReadBase,
            Optional<Scenarios.Samples> kpi,
            Scenarios.Timed census,
            Scenarios.Timed outcomes,
            Scenarios.Timed ocds,
            Optional<Scenarios.Timed> kpiPerformance) {}

    /** At most this many pages of a list in turn: deep pages are measured, not only the first. */
    static final int MAX_PAGES = 25;

    private ScaleRows scaleRows(Scenarios scenarios, AtScale at, int samples) throws Exception {
        String name = at.council().name();
        String families = "/api/caseload/v1/families?size=20";
        int pages = scenarios.pageCount(CASELOAD, families, at.admin(), MAX_PAGES);
        int pagesBase = scenarios.pageCount(CASELOAD, families, "ws-partnership-admin", MAX_PAGES);
        progress("7. at scale, " + name + ": families list direct (" + pages + " pages in turn), then West Sussex's ("
                + pagesBase + ")");
        // neither side may pay for compiling the list's code: both councils' pages in turn first, untimed
        var warm = scenarios.pages(
                CASELOAD, families, List.of(at.admin(), "ws-partnership-admin"), Math.min(pages, pagesBase));
        noteErrors("7. families lists warming up", "", warm.errors(), warm.errorKinds());
        var list = scenarios.pages(CASELOAD, families, List.of(at.admin()), pages);
        var listBase = scenarios.pages(CASELOAD, families, List.of("ws-partnership-admin"), pagesBase);
        progress("7. at scale: child read direct by " + at.socialWorkers().size() + " of " + name
                + "'s social workers, then West Sussex's readers");
        var child = scenarios.childRead(CASELOAD, at.childrenByUser());
        var childBase = scenarios.childRead(CASELOAD);
        Optional<Scenarios.Samples> kpi = Optional.empty();
        if (at.kpi().isPresent()) {
            progress("7. at scale: event to visible, " + samples + " interventions to a KPI of " + name);
            kpi = Optional.of(scenarios.interventionToKpi(samples, at.kpi().get()));
        }
        progress("7. at scale: reports of " + name + ", " + options.reportRuns() + " runs each");
        var census = scenarios.cinCensus(at.admin());
        var outcomes = scenarios.outcomes(at.admin());
        var ocds = scenarios.ocdsPackages(at.commissioner());
        Optional<Scenarios.Timed> performance = at.kpi().isPresent()
                ? Optional.of(scenarios.kpiPerformance(
                        at.commissioner(), at.kpi().get().contractId()))
                : Optional.empty();
        return new ScaleRows(
                list, listBase, pages, pagesBase, child, childBase, kpi, census, outcomes, ocds, performance);
    }

    private void scaleSections(Report report, AtScale at, ScaleRows rows) {
        String council = at.council().name() + " (" + at.council().code() + ")";
        report.header(
                "at scale",
                at.scale().name() + " load: " + council + ", the largest it wrote: "
                        + String.format(Locale.ROOT, "%,d", at.children()) + " children and "
                        + String.format(Locale.ROOT, "%,d", at.interventions())
                        + " interventions; base: West Sussex, the demo council");
        var reads = report.section("7. at scale vs a demo council (base), direct", Report.COMPARISON_COLUMNS);
        comparison(
                reads,
                "families list, " + rows.familyPages() + " vs " + rows.familyPagesBase() + " pages",
                rows.families(),
                rows.familiesBase());
        comparison(reads, "child read (audited), social workers", rows.childRead(), rows.childReadBase());
        var reports = report.section(
                "8. at scale: events and reports of " + at.council().name(),
                List.of("runs", "p50 ms", "p99 ms", "max ms", "errors", "covered"),
                "covered");
        rows.kpi()
                .ifPresent(kpi -> latencies(
                        reports,
                        "intervention 201 -> KPI actual moved",
                        kpi.latencies(),
                        kpi.errors(),
                        kpi.errorKinds(),
                        "samples"));
        scaleTimed(reports, "CIN census export", rows.census());
        scaleTimed(reports, "outcome metrics", rows.outcomes());
        scaleTimed(reports, "OCDS release packages", rows.ocds());
        rows.kpiPerformance().ifPresent(t -> scaleTimed(reports, "KPI performance of a contract", t));
    }

    private void scaleTimed(Report.Section section, String name, Scenarios.Timed timed) {
        latencies(section, name, timed.latencies(), timed.errors(), timed.errorKinds(), timed.covered());
    }

    private void header(Report report, ZonedDateTime started, long startNanos, String load, Scenarios scenarios) {
        Path stackRepo = options.state().getParent();
        String stackCommit = ProcessFacts.gitCommit(stackRepo);
        String harnessCommit = ProcessFacts.gitCommit(options.root());
        report.header(
                "date",
                started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ", took "
                        + Duration.ofNanos(System.nanoTime() - startNanos).toSeconds() + " s");
        report.header(
                "machine",
                ProcessFacts.cpus() + " CPUs (nproc), "
                        + String.format(Locale.ROOT, "%.1f GiB RAM", ProcessFacts.memTotalKb() / 1024.0 / 1024.0)
                        + ", load average " + load + " at the start");
        report.header(
                "commit",
                stackRepo.equals(options.root())
                        ? stackCommit
                        : "stack " + stackRepo + " " + stackCommit + "; harness " + options.root() + " "
                                + harnessCommit);
        report.header(
                "load",
                "closed loop, " + options.callers() + " callers on virtual threads, HTTP/1.1 kept alive; each side "
                        + options.warmUp().toSeconds() + " s warm-up then "
                        + options.measured().toSeconds() + " s measured"
                        + " (writes: " + options.writeWarmUp().toSeconds() + " s warm-up, at most "
                        + options.maxWrites()
                        + " calls measured)");
        report.header("rate limit", "gateway: " + rateLimit(stackRepo));
        report.header(
                "callers",
                "each call as the next in turn of " + scenarios.listCallers().size() + " demo users (list), "
                        + scenarios.childReaders().size() + " users (child reads; " + scenarios.inventedChildReaders()
                        + " of them the demo families' social workers), "
                        + scenarios.writers().size() + " writers ("
                        + String.join(", ", scenarios.writers()) + ")");
        report.header(
                "ratio",
                "figure / base, both measured in this run: req/s below 1x or ms above 1x = slower than the base");
        report.header(
                "figures",
                "latency percentiles from HdrHistogram; errors = non-2xx answers and exceptions, warm-up included");
        report.header(
                "audit off",
                options.auditOffUrl()
                        .map(url -> "the caseload-service instance at " + url)
                        .orElse("no instance given (--audit-off-url or BENCH_AUDIT_OFF_URL)"));
    }

    /** What the stack's gateway configures: a token bucket per caller. */
    static String rateLimit(Path stackRepo) {
        Path file = stackRepo.resolve("gateway/src/main/resources/application.properties");
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        } catch (IOException e) {
            return "unknown (no " + file + ")";
        }
        if ("false".equals(p.getProperty("gateway.rate-limit.enabled"))) {
            return "off";
        }
        return "a bucket of " + p.getProperty("gateway.rate-limit.capacity", "?") + " per caller, refilled "
                + p.getProperty("gateway.rate-limit.refill-tokens", "?") + " every "
                + p.getProperty("gateway.rate-limit.refill-period", "?") + " (" + stackRepo.relativize(file) + ")";
    }

    private void comparison(
            Report.Section section, String scenario, ClosedLoop.Result subject, ClosedLoop.Result base) {
        Report.comparison(section, scenario, subject, base);
        noteErrors(section.title() + ", " + scenario, "", subject.errors(), subject.errorKinds());
        noteErrors(section.title() + ", " + scenario, " (base)", base.errors(), base.errorKinds());
    }

    private void samples(Report.Section section, String flow, Scenarios.Samples samples) {
        latencies(section, flow, samples.latencies(), samples.errors(), samples.errorKinds());
    }

    /** Count, p50, p99 and max of a histogram in microseconds, the errors, then any cells more. */
    private void latencies(
            Report.Section section,
            String name,
            org.HdrHistogram.Histogram h,
            long errors,
            Map<String, Long> errorKinds,
            String... more) {
        boolean any = h.getTotalCount() > 0;
        List<String> cells = new ArrayList<>(List.of(
                name,
                Long.toString(h.getTotalCount()),
                any ? Report.number(h.getValueAtPercentile(50) / 1000.0) : "-",
                any ? Report.number(h.getValueAtPercentile(99) / 1000.0) : "-",
                any ? Report.number(h.getMaxValue() / 1000.0) : "-",
                Long.toString(errors)));
        cells.addAll(List.of(more));
        Report.row(section, cells.toArray(String[]::new));
        noteErrors(section.title() + ", " + name, "", errors, errorKinds);
    }

    private void timed(Report.Section section, String name, Scenarios.Timed timed) {
        var h = timed.latencies();
        boolean any = h.getTotalCount() > 0;
        Report.row(
                section,
                name,
                Long.toString(h.getTotalCount()),
                any ? Report.number(h.getValueAtPercentile(50) / 1000.0) : "-",
                any ? Report.number(h.getMaxValue() / 1000.0) : "-",
                Long.toString(timed.errors()),
                timed.covered());
        noteErrors(section.title() + ", " + name, "", timed.errors(), timed.errorKinds());
    }

    private void noteErrors(String where, String side, long count, Map<String, Long> kinds) {
        if (count == 0) {
            return;
        }
        errors += count;
        StringBuilder note = new StringBuilder(where).append(side).append(": ").append(count);
        kinds.forEach((kind, n) -> note.append(", ").append(kind).append(" x").append(n));
        errorNotes.add(note.toString());
    }

    /** The stack may be restarted by someone else now and then: wait up to three minutes for it to answer. */
    private static void awaitReady(StackApi api) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        boolean said = false;
        for (URI base : List.of(GATEWAY, PARTNERS, CONTRACTS, CASELOAD)) {
            while (!ready(api, base)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(base + "/q/health/ready does not answer 200: is the stack up?");
                }
                if (!said) {
                    progress("waiting for the stack to be ready (" + base + ")");
                    said = true;
                }
                Thread.sleep(Duration.ofSeconds(3));
            }
        }
    }

    private static boolean ready(StackApi api, URI base) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return api.http
                            .send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static <T> T result(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void progress(String message) {
        System.out.println("==> " + message);
    }
}
