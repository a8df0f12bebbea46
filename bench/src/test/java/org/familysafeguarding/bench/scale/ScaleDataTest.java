package org.familysafeguarding.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.bench.scale.Schema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator without a database: determinism and the rules the services' rows keep. */
class ScaleDataTest {

    static final Scale SMALL = new Scale("test", 2, 600, 30_000, 20, 5);
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static Loaded load;

    /** What a generation wrote, table by table, rows as columns (null for \N). */
    record Loaded(List<String> units, Map<Table, List<Map<String, String>>> tables) {
        List<Map<String, String>> rows(Table table) {
            return tables.getOrDefault(table, List.of());
        }
    }

    static Loaded generate(long seed) throws Exception {
        var units = new ArrayList<String>();
        var tables = new LinkedHashMap<Table, List<Map<String, String>>>();
        new ScaleData(SMALL, seed, AS_OF)
                .generate(
                        unit -> {
                            var text = new StringBuilder();
                            unit.text().forEach((table, sb) -> {
                                text.append(table).append('\n').append(sb);
                                for (String line : sb.toString().split("\n")) {
                                    if (line.isEmpty()) {
                                        continue;
                                    }
                                    String[] cells = line.split("\t", -1);
                                    assertThat(cells)
                                            .as(table + " row " + line)
                                            .hasSize(table.columns().size());
                                    var row = new HashMap<String, String>();
                                    for (int i = 0; i < cells.length; i++) {
                                        row.put(table.columns().get(i), cells[i].equals("\\N") ? null : cells[i]);
                                    }
                                    tables.computeIfAbsent(table, t -> new ArrayList<>())
                                            .add(row);
                                }
                            });
                            units.add(text.toString());
                        },
                        50);
        return new Loaded(units, tables);
    }

    @BeforeAll
    static void drawOnce() throws Exception {
        load = generate(7);
    }

    @Test
    void the_same_seed_gives_the_same_rows() throws Exception {
        assertThat(generate(7).units()).isEqualTo(load.units());
    }

    @Test
    void another_seed_gives_other_families() throws Exception {
        var other = generate(8);
        assertThat(other.rows(C_CHILD).get(0).get("id"))
                .isNotEqualTo(load.rows(C_CHILD).get(0).get("id"));
        assertThat(other.units()).isNotEqualTo(load.units());
    }

    @Test
    void draws_the_children_and_interventions_the_scale_asks_for() {
        assertThat(load.rows(C_CHILD)).hasSizeBetween(SMALL.children(), SMALL.children() + 10);
        assertThat((double) load.rows(C_INTERVENTION).size())
                .isBetween(SMALL.interventions() * 0.95, SMALL.interventions() * 1.05);
        assertThat(load.rows(K_CONTRACT)).hasSize(SMALL.councils() * SMALL.contractsPerCouncil());
    }

    @Test
    void councils_have_gss_codes_of_councils_with_childrens_services() {
        assertThat(load.rows(P_COUNCIL))
                .extracting(r -> r.get("code"))
                .allMatch(c -> c.matches("^(?:E06|E08|E09|E10|W06)[0-9]{6}$"));
        assertThat(load.rows(P_COUNCIL))
                .extracting(r -> r.get("la_number"))
                .doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[0-9]{3}"));
    }

    @Test
    void nhs_numbers_are_valid_and_each_adults_own() {
        assertThat(load.rows(C_CHILD))
                .extracting(r -> r.get("nhs_number"))
                .filteredOn(n -> n != null)
                .isNotEmpty()
                .allMatch(Identifiers::validNhsNumber);
        var adults = load.rows(C_ADULT).stream()
                .map(r -> r.get("nhs_number"))
                .filter(n -> n != null)
                .toList();
        assertThat(adults).isNotEmpty().allMatch(Identifiers::validNhsNumber).doesNotHaveDuplicates();
        assertThat(load.rows(C_ADULT).stream()
                        .map(r -> r.get("crn"))
                        .filter(n -> n != null)
                        .toList())
                .isNotEmpty()
                .allMatch(c -> c.matches("^[A-Z][0-9]{6}$"))
                .doesNotHaveDuplicates();
        assertThat(load.rows(C_CHILD))
                .extracting(r -> r.get("upn"))
                .filteredOn(n -> n != null)
                .isNotEmpty()
                .allMatch(Identifiers::validUpn);
    }

    @Test
    void dates_are_in_order() {
        for (var r : load.rows(C_CHILD)) {
            assertThat(r.get("date_of_birth") == null).isNotEqualTo(r.get("expected_date_of_birth") == null);
        }
        for (var r : load.rows(C_REFERRAL)) {
            assertThat(notBefore(r.get("closure_date"), r.get("referral_date")))
                    .as("referral " + r)
                    .isTrue();
            assertThat(r.get("closure_date") == null).isEqualTo(r.get("closure_reason") == null);
        }
        for (var r : load.rows(C_ASSESSMENT)) {
            assertThat(notBefore(r.get("authorisation_date"), r.get("start_date")))
                    .isTrue();
        }
        for (var r : load.rows(C_PLAN)) {
            assertThat(notBefore(r.get("end_date"), r.get("start_date"))).isTrue();
            assertThat(LocalDate.parse(r.get("start_date"))).isBeforeOrEqualTo(AS_OF);
        }
        for (var r : load.rows(C_SECTION47)) {
            assertThat(notBefore(r.get("conference_date"), r.get("start_date"))).isTrue();
        }
        var allocations = new HashMap<String, Map<String, String>>();
        for (var r : load.rows(C_ALLOCATION)) {
            assertThat(notBefore(r.get("to_date"), r.get("from_date"))).isTrue();
            allocations.put(r.get("id"), r);
        }
        for (var r : load.rows(C_INTERVENTION)) {
            var a = allocations.get(r.get("allocation_id"));
            LocalDate on = LocalDate.parse(r.get("occurred_on"));
            assertThat(on).isAfterOrEqualTo(LocalDate.parse(a.get("from_date"))).isBeforeOrEqualTo(AS_OF);
            if (a.get("to_date") != null) {
                assertThat(on).isBeforeOrEqualTo(LocalDate.parse(a.get("to_date")));
            }
            assertThat(r.get("practitioner_id")).isEqualTo(a.get("practitioner_id"));
        }
        for (var r : load.rows(K_CONTRACT)) {
            assertThat(LocalDate.parse(r.get("awarded_on"))).isBeforeOrEqualTo(LocalDate.parse(r.get("live_on")));
            assertThat(notBefore(r.get("ended_on"), r.get("live_on"))).isTrue();
        }
    }

    @Test
    void allocations_go_to_practitioners_in_teams_of_the_council_within_their_caseload_limit() {
        var teamCouncil = new HashMap<String, String>();
        load.rows(P_TEAM).forEach(t -> teamCouncil.put(t.get("id"), t.get("council_code")));
        var members = new HashSet<String>();
        load.rows(P_MEMBERSHIP).forEach(m -> members.add(m.get("team_id") + "/" + m.get("practitioner_id")));
        var practitioners = new HashMap<String, Map<String, String>>();
        load.rows(P_PRACTITIONER).forEach(p -> practitioners.put(p.get("id"), p));
        var open = new HashMap<String, Integer>();
        var openLead = new HashSet<String>();
        for (var a : load.rows(C_ALLOCATION)) {
            assertThat(teamCouncil.get(a.get("team_id"))).isEqualTo(a.get("council_code"));
            assertThat(members).contains(a.get("team_id") + "/" + a.get("practitioner_id"));
            assertThat(practitioners.get(a.get("practitioner_id")).get("agency_id"))
                    .isEqualTo(a.get("agency_id"));
            assertThat(a.get("adult_id") == null).isEqualTo(a.get("specialism").equals("LEAD_SOCIAL_WORK"));
            if (a.get("to_date") == null) {
                open.merge(a.get("practitioner_id"), 1, Integer::sum);
                if (a.get("adult_id") == null) {
                    assertThat(openLead.add(a.get("family_id")))
                            .as("one open lead allocation a family")
                            .isTrue();
                }
            }
        }
        open.forEach((id, n) -> {
            var p = practitioners.get(id);
            double limit = Partnership.TEAM_LIMITS.get(p.get("role")) * Double.parseDouble(p.get("fte"));
            assertThat((double) n).as(p.get("login")).isLessThanOrEqualTo(limit);
        });
    }

    @Test
    void every_copy_carries_the_owners_values() {
        assertThat(load.rows(C_AGENCY))
                .extracting(r -> r.get("id"))
                .containsExactlyInAnyOrderElementsOf(
                        load.rows(P_AGENCY).stream().map(r -> r.get("id")).toList());
        assertThat(load.rows(K_AGENCY)).hasSameSizeAs(load.rows(P_AGENCY));
        assertThat(load.rows(C_PRACTITIONER)).hasSameSizeAs(load.rows(P_PRACTITIONER));
        assertThat(load.rows(K_PRACTITIONER)).hasSameSizeAs(load.rows(P_PRACTITIONER));
        assertThat(load.rows(C_MEMBERSHIP)).hasSameSizeAs(load.rows(P_MEMBERSHIP));
        assertThat(load.rows(C_COMMISSION)).hasSameSizeAs(load.rows(K_CONTRACT));
        assertThat(load.rows(K_RECORDED_INTERVENTION))
                .extracting(r -> r.get("intervention_id"))
                .containsExactlyElementsOf(
                        load.rows(C_INTERVENTION).stream().map(r -> r.get("id")).toList());
    }

    @Test
    void casework_ids_are_unique_and_sorted_in_the_order_they_are_written() {
        var ids = load.rows(C_INTERVENTION).stream()
                .map(r -> java.util.UUID.fromString(r.get("id")))
                .toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.version() == 7);
        var families = load.rows(C_FAMILY).stream().map(r -> r.get("id")).toList();
        assertThat(families).isSorted();
    }

    @Test
    void copy_text_escapes_what_would_break_a_row() {
        var rows = new Rows();
        var table = new Table(Database.CASELOAD, "t", "a, b, c");
        rows.add(table, "tab\there", null, "back\\slash\nline");
        assertThat(rows.text().get(table).toString()).isEqualTo("tab\\there\t\\N\tback\\\\slash\\nline\n");
    }

    private static boolean notBefore(String later, String earlier) {
        return later == null || !LocalDate.parse(later).isBefore(LocalDate.parse(earlier));
    }
}
