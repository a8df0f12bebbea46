package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.workbook.WorkbookEntry;
import org.familysafeguarding.caseload.domain.workbook.WorkbookStatus;
import org.familysafeguarding.platform.text.FreeText;

public record WorkbookEntryRequest(
        @NotNull @Size(max = 40) String moduleCode,
        @NotNull LocalDate entryDate,

        @NotNull @Schema(description = "IN_PROGRESS or COMPLETED")
        WorkbookStatus status,

        @Size(max = 2000) @FreeText String note) {

    public WorkbookEntry.Draft toDraft() {
        return new WorkbookEntry.Draft(moduleCode, entryDate, status, note);
    }
}
