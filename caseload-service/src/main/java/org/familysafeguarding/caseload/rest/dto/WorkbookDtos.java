package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.workbook.Workbook;
import org.familysafeguarding.caseload.domain.workbook.WorkbookEntry;
import org.familysafeguarding.caseload.domain.workbook.WorkbookModule;
import org.familysafeguarding.caseload.domain.workbook.WorkbookProgramme;
import org.familysafeguarding.caseload.domain.workbook.WorkbookStatus;
import org.familysafeguarding.platform.text.FreeText;

/** Requests and answers of the workbook and its programme of modules. */
public final class WorkbookDtos {

    private WorkbookDtos() {
    }

    public record Module(
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "upper-case letters, digits and _, 2 to 40") String code,
            @NotBlank @Size(max = 200) String title) {

        WorkbookModule toModule() {
            return new WorkbookModule(code, title.strip());
        }
    }

    public record ProgrammeRequest(@NotEmpty @Size(max = 40) List<@Valid @NotNull Module> modules) {

        public List<WorkbookModule> toModules() {
            return modules.stream().map(Module::toModule).toList();
        }
    }

    public record ProgrammeResponse(
            @Schema(description = "True while the council uses the default list") boolean isDefault,
            List<WorkbookModule> modules, long version) {

        public static ProgrammeResponse of(WorkbookProgramme p) {
            return new ProgrammeResponse(p.isDefault(), p.modules(), p.version());
        }
    }

    public record EntryRequest(@NotNull @Size(max = 40) String moduleCode, @NotNull LocalDate entryDate,
            @NotNull @Schema(description = "IN_PROGRESS or COMPLETED") WorkbookStatus status,
            @Size(max = 2000) @FreeText String note) {

        public WorkbookEntry.Draft toDraft() {
            return new WorkbookEntry.Draft(moduleCode, entryDate, status, note);
        }
    }

    public record EntryResponse(UUID id, UUID adultId, String moduleCode, LocalDate entryDate, WorkbookStatus status,
            String note, String recordedBy) {

        public static EntryResponse of(WorkbookEntry e) {
            return new EntryResponse(e.id(), e.adultId(), e.moduleCode(), e.entryDate(), e.status(), e.note(),
                    e.recordedBy());
        }
    }

    public record ModuleResponse(String code, String title, WorkbookStatus status, LocalDate startedOn,
            LocalDate completedOn, List<EntryResponse> entries) {
    }

    public record WorkbookResponse(UUID adultId, List<ModuleResponse> modules,
            @Schema(description = "Entries on modules no longer in the council's programme") List<EntryResponse> retired,
            int completed, int total,
            @Schema(description = "completed / total, e.g. 3/9") String progress, int percentComplete) {

        public static WorkbookResponse of(Workbook w) {
            return new WorkbookResponse(w.adultId(),
                    w.modules().stream().map(m -> new ModuleResponse(m.module().code(), m.module().title(), m.status(),
                            m.startedOn(), m.completedOn(), m.entries().stream().map(EntryResponse::of).toList())).toList(),
                    w.retired().stream().map(EntryResponse::of).toList(), w.completed(), w.total(),
                    w.completed() + "/" + w.total(), w.percentComplete());
        }
    }
}
