package org.familysafeguarding.caseload.messaging.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.workbook.WorkbookEntry;

/** A parent completed a module of the council's workbook programme; which parent is not said. */
public record WorkbookModuleCompleted(
        UUID entryId, String councilCode, String moduleCode, LocalDate completedOn, Instant recordedAt)
        implements CaseloadEvent {

    public static final String TYPE = "org.familysafeguarding.caseload.workbook-module-completed.v1";

    public static WorkbookModuleCompleted of(WorkbookEntry entry) {
        return new WorkbookModuleCompleted(
                entry.id(), entry.councilCode(), entry.moduleCode(), entry.entryDate(), entry.createdAt());
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return entryId.toString();
    }
}
