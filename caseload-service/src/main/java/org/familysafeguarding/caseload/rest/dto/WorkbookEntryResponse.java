package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.workbook.WorkbookEntry;
import org.familysafeguarding.caseload.domain.workbook.WorkbookStatus;

public record WorkbookEntryResponse(
        UUID id,
        UUID adultId,
        String moduleCode,
        LocalDate entryDate,
        WorkbookStatus status,
        String note,
        String recordedBy) {

    public static WorkbookEntryResponse of(WorkbookEntry e) {
        return new WorkbookEntryResponse(
                e.id(), e.adultId(), e.moduleCode(), e.entryDate(), e.status(), e.note(), e.recordedBy());
    }
}
