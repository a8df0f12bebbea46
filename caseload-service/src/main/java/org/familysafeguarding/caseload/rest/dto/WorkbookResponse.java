package org.familysafeguarding.caseload.rest.dto;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.workbook.Workbook;

public record WorkbookResponse(
        UUID adultId,
        List<WorkbookModuleResponse> modules,

        @Schema(description = "Entries on modules no longer in the council's programme")
        List<WorkbookEntryResponse> retired,

        int completed,
        int total,
        @Schema(description = "completed / total, e.g. 3/9") String progress,
        int percentComplete) {

    public static WorkbookResponse of(Workbook w) {
        return new WorkbookResponse(
                w.adultId(),
                w.modules().stream()
                        .map(m -> new WorkbookModuleResponse(
                                m.module().code(),
                                m.module().title(),
                                m.status(),
                                m.startedOn(),
                                m.completedOn(),
                                m.entries().stream()
                                        .map(WorkbookEntryResponse::of)
                                        .toList()))
                        .toList(),
                w.retired().stream().map(WorkbookEntryResponse::of).toList(),
                w.completed(),
                w.total(),
                w.completed() + "/" + w.total(),
                w.percentComplete());
    }
}
