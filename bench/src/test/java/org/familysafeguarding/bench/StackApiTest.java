package org.familysafeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackApiTest {

    @Test
    void a_quoted_csv_cell_keeps_its_commas() {
        assertThat(StackApi.csvCells(
                        "cgl-practitioner,demo-cgl-practitioner,practitioner,,6f1c,\"Change, Grow, Live\",Jordan,Pike"))
                .containsExactly(
                        "cgl-practitioner",
                        "demo-cgl-practitioner",
                        "practitioner",
                        "",
                        "6f1c",
                        "Change, Grow, Live",
                        "Jordan",
                        "Pike");
        assertThat(StackApi.csvCells("a,\"say \"\"hi\"\"\",")).containsExactly("a", "say \"hi\"", "");
    }

    @Test
    void reads_the_demo_users_of_the_repository() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();

        var users = StackApi.demoUsers(root.resolve("deploy/local/demo-users.csv"));

        assertThat(users)
                .extracting(StackApi.DemoUser::username)
                .contains(
                        "platform-admin",
                        "ws-commissioner",
                        "cgl-practitioner",
                        "ws-social-worker",
                        "ws-team-manager",
                        "ws-partnership-admin",
                        "ox-partnership-admin");
        var cgl = users.stream()
                .filter(u -> u.username().equals("cgl-practitioner"))
                .findFirst()
                .orElseThrow();
        assertThat(cgl.agencyId()).isNotBlank();
        assertThat(cgl.council()).isEmpty();
        assertThat(users.stream()
                        .filter(u -> u.username().equals("ws-commissioner"))
                        .findFirst()
                        .orElseThrow()
                        .council())
                .isEqualTo("E10000032");
    }

    @Test
    void reads_a_secret_of_the_stack_state(@TempDir Path state) throws Exception {
        Files.writeString(state.resolve("secrets.env"), "PARTNERS_DB_PASSWORD=abc\nCASELOAD_DB_PASSWORD='x=y'\n");

        assertThat(StackApi.secret(state, "CASELOAD_DB_PASSWORD")).isEqualTo("x=y");
        assertThat(StackApi.secret(state, "PARTNERS_DB_PASSWORD")).isEqualTo("abc");
    }

    @Test
    void callers_take_turns_and_wrap_around() {
        var users = java.util.List.of("a", "b", "c");

        assertThat(java.util.stream.LongStream.range(0, 7).mapToObj(n -> Scenarios.inTurn(users, n)))
                .containsExactly("a", "b", "c", "a", "b", "c", "a");
        assertThat(Scenarios.inTurn(users, 3_000_000_002L)).isEqualTo("c");
    }

    @Test
    void a_test_is_recorded_with_its_result_and_a_visit_without() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();

        var test = json.readTree(Scenarios.intervention("DRUG_TEST"));
        var visit = json.readTree(Scenarios.intervention("HOME_VISIT"));

        assertThat(test.path("type").asText()).isEqualTo("DRUG_TEST");
        assertThat(test.path("testResult").asText()).isEqualTo("NEGATIVE");
        assertThat(test.path("occurredOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(visit.path("type").asText()).isEqualTo("HOME_VISIT");
        assertThat(visit.has("testResult")).isFalse();
    }

    @Test
    void the_census_asked_is_the_last_whose_date_has_passed() {
        assertThat(Scenarios.censusYear(LocalDate.of(2026, 12, 5))).isEqualTo(2026);
        assertThat(Scenarios.censusYear(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
        assertThat(Scenarios.censusYear(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
        assertThat(Scenarios.censusYear(LocalDate.of(2027, 1, 10))).isEqualTo(2026);
    }
}
