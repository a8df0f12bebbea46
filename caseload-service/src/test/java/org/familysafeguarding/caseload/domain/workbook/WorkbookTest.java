package org.familysafeguarding.caseload.domain.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.Family;
import org.familysafeguarding.caseload.domain.family.PersonName;
import org.junit.jupiter.api.Test;

class WorkbookTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Family FAMILY = Family.open("E10000032", "Linden family", NOW);
    static final Adult PARENT = Adult.record(
            FAMILY,
            new Adult.Details(new PersonName("Kit", "Linden"), null, null, null, List.of()),
            Set.of(),
            TODAY,
            NOW);

    static WorkbookProgramme programme(String... codes) {
        var base = WorkbookProgramme.copyFor("E10000032", new WorkbookProgramme(), NOW);
        base.replaceModules(
                java.util.Arrays.stream(codes)
                        .map(c -> new WorkbookModule(c, c.toLowerCase()))
                        .toList(),
                NOW);
        return base;
    }

    static WorkbookEntry entry(
            WorkbookProgramme p, String module, String date, WorkbookStatus status, List<WorkbookEntry> all) {
        var same = all.stream().filter(e -> e.moduleCode().equals(module)).toList();
        WorkbookEntry e = WorkbookEntry.record(
                PARENT,
                p,
                new WorkbookEntry.Draft(module, LocalDate.parse(date), status, null),
                same,
                "sw",
                TODAY,
                NOW);
        all.add(e);
        return e;
    }

    @Test
    void progress_counts_completed_modules_of_the_programme() {
        var p = programme("MOTIVATION", "PARENTING", "SAFETY_PLAN");
        var all = new ArrayList<WorkbookEntry>();
        entry(p, "MOTIVATION", "2026-01-01", WorkbookStatus.IN_PROGRESS, all);
        entry(p, "MOTIVATION", "2026-02-01", WorkbookStatus.COMPLETED, all);
        entry(p, "PARENTING", "2026-02-03", WorkbookStatus.IN_PROGRESS, all);
        Workbook book = Workbook.of(PARENT.id(), p, all);
        assertThat(book.completed()).isEqualTo(1);
        assertThat(book.total()).isEqualTo(3);
        assertThat(book.percentComplete()).isEqualTo(33);
        assertThat(book.modules())
                .extracting(Workbook.ModuleProgress::status)
                .containsExactly(WorkbookStatus.COMPLETED, WorkbookStatus.IN_PROGRESS, WorkbookStatus.NOT_STARTED);
        assertThat(book.modules().getFirst().startedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_completed_module_takes_no_more_entries_and_modules_outside_the_programme_none_at_all() {
        var p = programme("MOTIVATION");
        var all = new ArrayList<WorkbookEntry>();
        entry(p, "MOTIVATION", "2026-02-01", WorkbookStatus.COMPLETED, all);
        assertThatThrownBy(() -> entry(p, "MOTIVATION", "2026-03-01", WorkbookStatus.IN_PROGRESS, all))
                .isInstanceOf(WorkbookRuleViolated.class)
                .hasMessageContaining("completed");
        assertThatThrownBy(() -> entry(p, "KNITTING", "2026-03-01", WorkbookStatus.IN_PROGRESS, all))
                .isInstanceOf(WorkbookRuleViolated.class);
    }

    @Test
    void a_programme_has_distinct_codes_and_at_least_one_module() {
        assertThatThrownBy(() -> programme("A1", "A1")).isInstanceOf(WorkbookRuleViolated.class);
        assertThatThrownBy(() -> programme()).isInstanceOf(WorkbookRuleViolated.class);
    }
}
