package org.familysafeguarding.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.familysafeguarding.bench.scale.Scale;

/**
 * What one run measures and against which stack. {@code --quick} is the smoke run of
 * {@code deploy/local/stack test}: short periods and few samples, the same rows.
 */
record Options(
        boolean quick,
        int callers,
        Optional<URI> auditOffUrl,
        Path root,
        Path state,
        Path results,
        Optional<Scale> scale) {

    static final String USAGE = """
            usage: bench [--quick] [--scale county|national] [--callers N] [--audit-off-url URL] [--root DIR] [--state DIR]
                         [--results DIR]

              --quick              the smoke run: 2 s warm-up and 5 s measured per row, 30 event samples, 3 report runs
              --scale NAME         also the rows at scale, on the largest council 'stack load --scale NAME' wrote
              --callers N          concurrent callers in each load row (1-64; default 8)
              --audit-off-url URL  base URL of a caseload-service instance whose audit write is off (env BENCH_AUDIT_OFF_URL)
              --root DIR           the repository (demo users; default: the working directory)
              --state DIR          the running stack's state: pids, logs, secrets (env STACK_STATE; default ROOT/.stack)
              --results DIR        where the table is written as <date-time>.txt (default ROOT/bench/results)
            """;

    static final int DEFAULT_CALLERS = 8;
    static final int MAX_CALLERS = 64;

    Duration warmUp() {
        return quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
    }

    Duration measured() {
        return quick ? Duration.ofSeconds(5) : Duration.ofSeconds(30);
    }

    /** Writes warm up for less time than reads: each write adds an intervention. */
    Duration writeWarmUp() {
        return quick ? Duration.ofSeconds(1) : Duration.ofSeconds(2);
    }

    /** A write row's measured period stops at this many calls, so a run adds a bounded number of interventions. */
    int maxWrites() {
        return quick ? 150 : 800;
    }

    int eventSamples() {
        return quick ? 30 : 200;
    }

    int reportRuns() {
        return quick ? 3 : 5;
    }

    /** Reads the command line; the environment gives what the options leave out. */
    static Options parse(String[] args, Map<String, String> env) {
        boolean quick = false;
        int callers = DEFAULT_CALLERS;
        String auditOff = blankToNull(env.get("BENCH_AUDIT_OFF_URL"));
        String root = ".";
        String state = blankToNull(env.get("STACK_STATE"));
        String results = null;
        Scale scale = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--quick" -> {
                    if (inline != null) {
                        throw new IllegalArgumentException("--quick takes no value");
                    }
                    quick = true;
                }
                case "--callers", "--audit-off-url", "--root", "--state", "--results", "--scale" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--callers" -> callers = callers(value);
                        case "--audit-off-url" -> auditOff = blankToNull(value);
                        case "--root" -> root = value;
                        case "--scale" -> scale = scale(value);
                        case "--state" -> state = value;
                        default -> results = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path rootPath = Path.of(root).toAbsolutePath().normalize();
        return new Options(
                quick,
                callers,
                Optional.ofNullable(auditOff).map(Options::baseUrl),
                rootPath,
                state == null
                        ? rootPath.resolve(".stack")
                        : Path.of(state).toAbsolutePath().normalize(),
                results == null
                        ? rootPath.resolve("bench/results")
                        : Path.of(results).toAbsolutePath().normalize(),
                Optional.ofNullable(scale));
    }

    private static Scale scale(String value) {
        try {
            return Scale.named(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scale takes county or national, not '" + value + "'");
        }
    }

    private static int callers(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_CALLERS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                "--callers takes a number from 1 to " + MAX_CALLERS + ", not '" + value + "'");
    }

    /** An http(s) base URL without a trailing slash, so that paths can be appended. */
    static URI baseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--audit-off-url is not a URL: " + value + " (a base URL such as http://127.0.0.1:8093)");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            throw new IllegalArgumentException(
                    "--audit-off-url takes a base URL such as http://127.0.0.1:8093, not " + value);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
