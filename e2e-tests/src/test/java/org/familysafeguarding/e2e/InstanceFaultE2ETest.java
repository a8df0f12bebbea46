package org.familysafeguarding.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.CASELOAD;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.as;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.drugTestsCounted;
import static org.familysafeguarding.e2e.InterventionToKpiE2ETest.liveSubstanceUseContract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Instances die and the partnership's work is not lost or counted twice. With the stack up with two or
 * more instances of each service ({@code deploy/local/stack up --replicas 2}), a practitioner's burst
 * of interventions goes through the gateway while one instance of caseload-service and one of
 * contracts-service are killed (SIGKILL, no shutdown) and started again. Afterwards every intervention
 * answered 201 is stored once and counted once in the contract's KPI, and an intervention whose
 * instance died while handling it (502 service-interrupted: it may or may not have been carried out)
 * is stored and counted at most once. Run by {@code deploy/local/stack fault-test}; not part of the
 * ordinary end-to-end run, which has one instance of each.
 */
@Tag("fault")
class InstanceFaultE2ETest {

    private static final Path ROOT =
            Path.of(System.getProperty("stack.root", "..")).toAbsolutePath().normalize();
    private static final int REQUESTS = Integer.getInteger("fault.requests", 400);
    private static final int CALLERS = 4;
    private static final List<String> VICTIMS = List.of("caseload-2", "contracts-2");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Outcome(int status, String id, String problemType, long sentAtNanos, long micros) {}

    @Test
    void interventions_recorded_while_instances_are_killed_are_each_kept_and_counted_once() throws Exception {
        int replicas = Integer.parseInt(
                Files.readString(ROOT.resolve(".stack/replicas")).trim());
        assertThat(replicas)
                .as("instances of each service (deploy/local/stack up --replicas 2)")
                .isGreaterThanOrEqualTo(2);
        for (String victim : VICTIMS) {
            assertThat(ROOT.resolve(".stack/pids/" + victim + ".pid"))
                    .as(victim + " is running")
                    .exists();
        }

        String contract = liveSubstanceUseContract();
        String mother =
                InterventionToKpiE2ETest.parentAllocatedToCgl("Fenwright").mother();
        long countedBefore = drugTestsCounted(contract, "ws-commissioner");
        String token = Stack.tokenFor(Stack.demoUsers().stream()
                .filter(u -> u.username().equals("cgl-practitioner"))
                .findFirst()
                .orElseThrow());

        List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long start = System.nanoTime();
        for (int c = 0; c < CALLERS; c++) {
            callers.submit(() -> {
                while (next.getAndIncrement() < REQUESTS) {
                    outcomes.add(record(mother, token));
                }
                return null;
            });
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> outcomes.size() >= REQUESTS / 4);
        long killedAt = System.nanoTime();
        for (String victim : VICTIMS) {
            killNine(victim);
        }
        Process restart = new ProcessBuilder(
                        ROOT.resolve("deploy/local/stack").toString(),
                        "up",
                        "--replicas",
                        Integer.toString(replicas),
                        "--no-demo")
                .redirectErrorStream(true)
                .redirectOutput(
                        ROOT.resolve(".stack/logs/fault-test-restart.log").toFile())
                .start();
        callers.shutdown();
        assertThat(callers.awaitTermination(5, TimeUnit.MINUTES))
                .as("the burst ended")
                .isTrue();
        long burstEndedAt = System.nanoTime();
        long burstSeconds = TimeUnit.NANOSECONDS.toSeconds(burstEndedAt - start);
        assertThat(restart.waitFor(5, TimeUnit.MINUTES) && restart.exitValue() == 0)
                .as("the killed instances started again (see .stack/logs/fault-test-restart.log)")
                .isTrue();
        long restartedAt = System.nanoTime();

        Set<String> accepted = new HashSet<>();
        outcomes.stream().filter(o -> o.status() == 201).forEach(o -> accepted.add(o.id()));
        long interrupted = outcomes.stream()
                .filter(o -> o.status() == 502
                        && o.problemType() != null
                        && o.problemType().endsWith("/service-interrupted"))
                .count();
        List<Outcome> otherErrors = outcomes.stream()
                .filter(o -> o.status() != 201
                        && !(o.status() == 502
                                && o.problemType() != null
                                && o.problemType().endsWith("/service-interrupted")))
                .toList();

        // the counts settle once the restarted consumers have caught up
        long[] counted = {0};
        List<String> stored = new ArrayList<>();
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    stored.clear();
                    stored.addAll(interventionsOf(mother));
                    counted[0] = drugTestsCounted(contract, "ws-commissioner") - countedBefore;
                    return counted[0] == stored.size() && stored.containsAll(accepted);
                });
        long caughtUpAt = System.nanoTime();

        Set<String> storedOnce = new HashSet<>(stored);
        long lost = accepted.stream().filter(id -> !storedOnce.contains(id)).count()
                + Math.max(0, stored.size() - counted[0]);
        long duplicated = (stored.size() - storedOnce.size()) + Math.max(0, counted[0] - stored.size());
        long interruptedKept = stored.size() - accepted.size();

        System.out.printf("%n%-44s %s%n", "fault test (" + replicas + " instances of each service)", "figure");
        row("requests", outcomes.size());
        row("answered 201", accepted.size());
        row("502 service-interrupted (in flight at the kill)", interrupted);
        row("  of which carried out (stored, counted)", interruptedKept);
        row("other errors", otherErrors.size() + " " + byStatus(otherErrors));
        otherErrors.stream().map(Outcome::problemType).distinct().limit(3).forEach(why -> row("  e.g.", why));
        row("stored interventions", stored.size());
        row("counted in the KPI", counted[0]);
        row("lost", lost);
        row("duplicated", duplicated);
        row("burst time", burstSeconds + " s at " + CALLERS + " callers");
        row("p50 / p99 latency", percentile(outcomes, 50) + " / " + percentile(outcomes, 99) + " ms");
        row("killed instances back and ready after", millis(restartedAt - killedAt) + " ms");
        row(
                "KPI caught up after the kill",
                millis(caughtUpAt - killedAt) + " ms ("
                        + millis(Math.max(0, caughtUpAt - Math.max(burstEndedAt, restartedAt)))
                        + " ms after the burst and the restart)");
        System.out.println();

        assertThat(lost).as("interventions lost").isZero();
        assertThat(duplicated).as("interventions duplicated").isZero();
        assertThat(interruptedKept).isBetween(0L, interrupted);
        assertThat(otherErrors)
                .as("errors another instance could have answered")
                .isEmpty();
    }

    private Outcome record(String adult, String token) {
        String body = """
                {"type": "DRUG_TEST", "occurredOn": "%s", "durationMinutes": 15, "testResult": "NEGATIVE",
                 "notes": "Test taken at the hub.", "notesShared": false}""".formatted(LocalDate.now());
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(CASELOAD + "/adults/" + adult + "/interventions"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent);
            JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
            String id = answer.path("id").isTextual()
                    ? answer.path("id").asText()
                    : answer.path("record").path("id").asText(null);
            return new Outcome(response.statusCode(), id, answer.path("type").asText(null), sent, micros);
        } catch (IOException e) {
            return new Outcome(-1, null, e.toString(), sent, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> interventionsOf(String adult) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = as("cgl-practitioner")
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .when()
                    .get(CASELOAD + "/adults/" + adult + "/interventions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    private static void killNine(String instance) throws IOException, InterruptedException {
        String pgid = Files.readString(ROOT.resolve(".stack/pids/" + instance + ".pid"))
                .trim();
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pgid)
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -9 " + instance).isZero();
        System.out.printf("killed %s (process group %s)%n", instance, pgid);
    }

    private static Map<Integer, Long> byStatus(List<Outcome> outcomes) {
        Map<Integer, Long> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.status(), 1L, Long::sum));
        return counts;
    }

    private static long percentile(List<Outcome> outcomes, int p) {
        long[] sorted = outcomes.stream().mapToLong(Outcome::micros).sorted().toArray();
        return sorted.length == 0
                ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static void row(String what, Object figure) {
        System.out.printf("%-44s %s%n", what, figure);
    }
}
