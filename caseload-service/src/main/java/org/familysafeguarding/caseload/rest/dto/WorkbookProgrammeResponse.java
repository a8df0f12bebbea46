package org.familysafeguarding.caseload.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.workbook.WorkbookModule;
import org.familysafeguarding.caseload.domain.workbook.WorkbookProgramme;

public record WorkbookProgrammeResponse(
        @Schema(description = "True while the council uses the default list")
        boolean isDefault,

        List<WorkbookModule> modules,
        long version) {

    public static WorkbookProgrammeResponse of(WorkbookProgramme p) {
        return new WorkbookProgrammeResponse(p.isDefault(), p.modules(), p.version());
    }
}
