package org.familysafeguarding.bench.scale;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "data at scale" bulk load: {@code deploy/local/stack load --scale county|national [--seed N]} fills the
 * running stack's three databases with COPY, through the schemas the services migrated, then checks that the
 * services agree. {@code --verify} only checks. Exit codes: 0 done and agreeing, 1 failed or disagreeing, 2 bad options.
 */
public final class ScaleLoad {

    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 12, 1);

    record Options(
            Scale scale,
            long seed,
            LocalDate asOf,
            boolean verifyOnly,
            boolean dryRun,
            Path state,
            int writers,
            int familiesPerUnit,
            Map<Database, String> urls) {

        static Options parse(String... args) {
            Scale scale = null;
            long seed = 2026;
            LocalDate asOf = DEFAULT_AS_OF;
            boolean verify = false;
            boolean dryRun = false;
            Path state = Path.of(".stack");
            int writers = 2;
            int unit = 250;
            var urls = new EnumMap<Database, String>(Database.class);
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--scale" -> scale = Scale.named(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--as-of" -> asOf = LocalDate.parse(value(args, ++i, a));
                    case "--verify" -> verify = true;
                    case "--dry-run" -> dryRun = true;
                    case "--state" -> state = Path.of(value(args, ++i, a));
                    case "--writers" -> writers = Integer.parseInt(value(args, ++i, a));
                    case "--families-per-batch" -> unit = Integer.parseInt(value(args, ++i, a));
                    case "--partners-url" -> urls.put(Database.PARTNERS, value(args, ++i, a));
                    case "--contracts-url" -> urls.put(Database.CONTRACTS, value(args, ++i, a));
                    case "--caseload-url" -> urls.put(Database.CASELOAD, value(args, ++i, a));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (scale == null && !verify) {
                throw new IllegalArgumentException("--scale county|national (or --verify) is needed");
            }
            if (writers < 1 || unit < 1) {
                throw new IllegalArgumentException("--writers and --families-per-batch take a positive number");
            }
            return new Options(scale, seed, asOf, verify, dryRun, state, writers, unit, urls);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println(
                    "usage: load --scale county|national [--seed N] [--as-of YYYY-MM-DD] [--dry-run] [--writers N] "
                            + "[--families-per-batch N] [--state DIR] [--partners-url|--contracts-url|--caseload-url JDBC-URL]\n"
                            + "       load --verify [--state DIR]");
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options) ? 0 : 1);
        } catch (Exception e) {
            System.err.println("load failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    static boolean run(Options options) throws Exception {
        if (options.dryRun() && options.scale() != null) {
            dryRun(options);
            return true;
        }
        Connections connections = Connections.ofStack(options.state(), options.urls());
        if (!options.verifyOnly()) {
            load(options, connections);
        }
        long t = System.nanoTime();
        Consistency.Result result = new Consistency(connections).check();
        print(result, (System.nanoTime() - t) / 1_000_000);
        return result.agrees();
    }

    /** Draws the rows and counts them without a database: the generator's own time and the load's size. */
    private static void dryRun(Options options) throws Exception {
        var data = new ScaleData(options.scale(), options.seed(), options.asOf());
        var counts = new java.util.TreeMap<String, Long>();
        long start = System.nanoTime();
        data.generate(
                unit -> unit.counts().forEach((t, n) -> counts.merge(t.toString(), n, Long::sum)),
                options.familiesPerUnit());
        long millis = (System.nanoTime() - start) / 1_000_000;
        counts.forEach((t, n) -> System.out.printf(Locale.ROOT, "%-42s %,12d%n", t, n));
        System.out.printf(
                Locale.ROOT,
                "%-42s %,12d rows drawn in %.1f s, nothing written%n",
                "all tables",
                counts.values().stream().mapToLong(Long::longValue).sum(),
                millis / 1000.0);
    }

    private static void load(Options options, Connections connections) throws Exception {
        var data = new ScaleData(options.scale(), options.seed(), options.asOf());
        int children = data.councils().stream()
                .mapToInt(ScaleData.CouncilShare::children)
                .sum();
        System.out.printf(
                Locale.ROOT,
                "scale load '%s', seed %d, as of %s: %d council(s), about %,d children, %,d "
                        + "interventions, %d contracts a council; %d caseload writer(s), %d families a batch%n",
                options.scale().name(),
                options.seed(),
                options.asOf(),
                data.councils().size(),
                children,
                options.scale().interventions(),
                options.scale().contractsPerCouncil(),
                options.writers(),
                options.familiesPerUnit());
        var load = new BulkLoad(connections, options.writers());
        load.refuseWhatIsThere(data);
        long start = System.nanoTime();
        load.run(data, options.familiesPerUnit());
        long total = (System.nanoTime() - start) / 1_000_000;

        System.out.println();
        System.out.printf(Locale.ROOT, "%-42s %12s %10s%n", "table", "rows", "COPY s");
        System.out.printf(Locale.ROOT, "%-42s %12s %10s%n", "-".repeat(42), "-".repeat(12), "-".repeat(10));
        long rows = 0;
        var tables = new ArrayList<>(load.tally.rows.keySet());
        tables.sort((a, b) -> a.toString().compareTo(b.toString()));
        for (Table table : tables) {
            long n = load.tally.rows.get(table).sum();
            rows += n;
            System.out.printf(
                    Locale.ROOT,
                    "%-42s %,12d %10.1f%n",
                    table,
                    n,
                    load.tally.nanos.get(table).sum() / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-42s %,12d%n", "all tables", rows);
        System.out.println();
        load.phaseMillis.forEach((phase, ms) -> System.out.printf(Locale.ROOT, "%-66s %8.1f s%n", phase, ms / 1000.0));
        System.out.printf(
                Locale.ROOT,
                "%-66s %8.1f s (%,.0f rows a second)%n",
                "load in all",
                total / 1000.0,
                rows / Math.max(0.001, total / 1000.0));
        System.out.println();
    }

    static void print(Consistency.Result result, long millis) {
        System.out.printf(
                Locale.ROOT,
                "%-40s %12s %12s %12s  %s%n",
                "consistency across services",
                "partners",
                "contracts",
                "caseload",
                "");
        System.out.printf(
                Locale.ROOT, "%-40s %12s %12s %12s%n", "-".repeat(40), "-".repeat(12), "-".repeat(12), "-".repeat(12));
        for (Consistency.Check c : result.checks()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %12s %12s %12s  %s%n",
                    c.what(),
                    figure(c.partners()),
                    figure(c.contracts()),
                    figure(c.caseload()),
                    c.agrees() ? "agree" : "DISAGREE");
        }
        System.out.printf(
                Locale.ROOT,
                "%-40s %12s %12s %12s  %s%n",
                "interventions per contract (contracts)",
                "",
                result.contractsCompared() + " compared",
                "",
                result.contractsDisagreeing().isEmpty()
                        ? "agree"
                        : result.contractsDisagreeing().size() + " DISAGREE");
        result.contractsDisagreeing().stream().limit(20).forEach(d -> System.out.println("  " + d));
        System.out.printf(
                Locale.ROOT,
                "%s (checked in %.1f s)%n",
                result.agrees()
                        ? "the services agree"
                        : "THE SERVICES DISAGREE: "
                                + result.checks().stream()
                                        .filter(c -> !c.agrees())
                                        .map(Consistency.Check::what)
                                        .collect(Collectors.joining(", "))
                                + (result.contractsDisagreeing().isEmpty() ? "" : " interventions per contract"),
                millis / 1000.0);
    }

    private static String figure(Long n) {
        return n == null ? "-" : String.format(Locale.ROOT, "%,d", n);
    }
}
