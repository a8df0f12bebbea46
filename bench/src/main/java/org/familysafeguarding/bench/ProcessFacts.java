package org.familysafeguarding.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What /proc and the stack's logs say about the machine and the stack's processes. */
final class ProcessFacts {

    /** Quarkus (and Keycloak, which runs on it) logs "... started in 6.513s. Listening on: ...". */
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9]+(?:\\.[0-9]+)?)s");

    private static final Path PROC = Path.of("/proc");

    record Component(String name, long pid, OptionalDouble startedInSeconds, OptionalLong rssKb) {}

    private ProcessFacts() {}

    /** The last start-up time in a log (a log holds one run: deploy/local/stack keeps the previous as .log.1). */
    static OptionalDouble startedInSeconds(List<String> logLines) {
        OptionalDouble found = OptionalDouble.empty();
        for (String line : logLines) {
            Matcher m = STARTED_IN.matcher(line);
            if (m.find()) {
                found = OptionalDouble.of(Double.parseDouble(m.group(1)));
            }
        }
        return found;
    }

    /** The process group of a /proc/PID/stat line; the command name in brackets may hold spaces and ')'. */
    static OptionalLong processGroup(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(close + 1).strip().split("\\s+");
        // after the name: state, ppid, pgrp
        return fields.length > 2 ? OptionalLong.of(Long.parseLong(fields[2])) : OptionalLong.empty();
    }

    /** VmRSS in kB from a /proc/PID/status text; a kernel thread or a zombie has none. */
    static long vmRssKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).strip().split("\\s+")[0]);
            }
        }
        return 0;
    }

    /** The resident memory of every process of the group, as deploy/local/stack status counts it. */
    static OptionalLong groupRssKb(long processGroup) {
        long total = 0;
        boolean any = false;
        try (DirectoryStream<Path> entries =
                Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("[0-9]+"))) {
            for (Path process : entries) {
                try {
                    if (processGroup(Files.readString(process.resolve("stat"))).orElse(-1) == processGroup) {
                        total += vmRssKb(Files.readString(process.resolve("status")));
                        any = true;
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    /** Each component with a pid file under STATE/pids: start-up time from its log, RSS of its process group. */
    static List<Component> components(Path state) throws IOException {
        List<Component> found = new ArrayList<>();
        Path pids = state.resolve("pids");
        if (!Files.isDirectory(pids)) {
            return found;
        }
        try (var files = Files.list(pids)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                String digits = Files.readString(file).replaceAll("[^0-9]", "");
                if (digits.isEmpty()) {
                    continue;
                }
                long pid = Long.parseLong(digits);
                Path log = state.resolve("logs").resolve(name + ".log");
                OptionalDouble started =
                        Files.isReadable(log) ? startedInSeconds(Files.readAllLines(log)) : OptionalDouble.empty();
                found.add(new Component(name, pid, started, groupRssKb(pid)));
            }
        }
        return found;
    }

    static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** MemTotal of /proc/meminfo in kB, or 0. */
    static long memTotalKb() {
        try {
            for (String line : Files.readAllLines(PROC.resolve("meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.substring(9).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // said as 0
        }
        return 0;
    }

    /** The 1, 5 and 15 minute load averages, e.g. "1.20 0.95 0.70". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(PROC.resolve("loadavg")).strip().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The short commit of a git working tree, "+ changes" when it has uncommitted ones; "unknown" outside git. */
    static String gitCommit(Path dir) {
        String commit = run(dir, "git", "rev-parse", "--short", "HEAD");
        if (commit.isEmpty()) {
            return "unknown";
        }
        String branch = run(dir, "git", "rev-parse", "--abbrev-ref", "HEAD");
        String changes = run(dir, "git", "status", "--porcelain", "--untracked-files=no");
        return commit
                + (branch.isEmpty() ? "" : " (" + branch + ")")
                + (changes.isEmpty() ? "" : " + uncommitted changes");
    }

    private static String run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
