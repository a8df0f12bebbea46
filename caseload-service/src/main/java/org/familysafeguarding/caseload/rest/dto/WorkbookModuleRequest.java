package org.familysafeguarding.caseload.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.familysafeguarding.caseload.domain.workbook.WorkbookModule;

public record WorkbookModuleRequest(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "upper-case letters, digits and _, 2 to 40")
        String code,

        @NotBlank @Size(max = 200) String title) {

    WorkbookModule toModule() {
        return new WorkbookModule(code, title.strip());
    }
}
