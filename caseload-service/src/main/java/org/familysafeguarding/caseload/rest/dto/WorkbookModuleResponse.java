package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.familysafeguarding.caseload.domain.workbook.WorkbookStatus;

public record WorkbookModuleResponse(
        String code,
        String title,
        WorkbookStatus status,
        LocalDate startedOn,
        LocalDate completedOn,
        List<WorkbookEntryResponse> entries) {}
