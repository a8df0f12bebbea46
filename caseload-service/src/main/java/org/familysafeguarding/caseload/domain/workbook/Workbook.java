package org.familysafeguarding.caseload.domain.workbook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A parent's workbook: each module of the council's programme with its status and entries, and the
 * progress made (modules completed of the modules in the programme). Entries on modules the
 * council has since taken out of its programme stay visible as retired and do not count.
 */
public record Workbook(
        UUID adultId, List<ModuleProgress> modules, List<WorkbookEntry> retired, int completed, int total) {

    public record ModuleProgress(
            WorkbookModule module,
            WorkbookStatus status,
            LocalDate startedOn,
            LocalDate completedOn,
            List<WorkbookEntry> entries) {}

    public static Workbook of(UUID adultId, WorkbookProgramme programme, List<WorkbookEntry> entries) {
        Map<String, List<WorkbookEntry>> byModule =
                entries.stream().collect(Collectors.groupingBy(WorkbookEntry::moduleCode));
        var modules = programme.modules().stream()
                .map(m -> progress(m, byModule.getOrDefault(m.code(), List.of())))
                .toList();
        var retired = entries.stream()
                .filter(e -> !programme.hasModule(e.moduleCode()))
                .sorted(WorkbookEntry.LATEST_FIRST)
                .toList();
        int completed = (int) modules.stream()
                .filter(m -> m.status() == WorkbookStatus.COMPLETED)
                .count();
        return new Workbook(adultId, modules, retired, completed, modules.size());
    }

    private static ModuleProgress progress(WorkbookModule module, List<WorkbookEntry> entries) {
        var latestFirst = entries.stream().sorted(WorkbookEntry.LATEST_FIRST).toList();
        if (latestFirst.isEmpty()) {
            return new ModuleProgress(module, WorkbookStatus.NOT_STARTED, null, null, List.of());
        }
        LocalDate started = entries.stream()
                .map(WorkbookEntry::entryDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        WorkbookEntry latest = latestFirst.getFirst();
        LocalDate completedOn = latest.status() == WorkbookStatus.COMPLETED ? latest.entryDate() : null;
        return new ModuleProgress(module, latest.status(), started, completedOn, latestFirst);
    }

    /** Completed modules as a whole percentage of the programme, rounded down. */
    public int percentComplete() {
        return total == 0 ? 0 : completed * 100 / total;
    }
}
