package org.familysafeguarding.caseload.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.familysafeguarding.caseload.domain.workbook.WorkbookModule;

public record WorkbookProgrammeRequest(
        @NotEmpty @Size(max = 40) List<@Valid @NotNull WorkbookModuleRequest> modules) {

    public List<WorkbookModule> toModules() {
        return modules.stream().map(WorkbookModuleRequest::toModule).toList();
    }
}
