package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.workbook.Workbook;
import org.familysafeguarding.caseload.domain.workbook.WorkbookEntry;
import org.familysafeguarding.caseload.domain.workbook.WorkbookModule;
import org.familysafeguarding.caseload.domain.workbook.WorkbookProgramme;
import org.familysafeguarding.caseload.domain.workbook.WorkbookProgrammeRepository;
import org.familysafeguarding.caseload.domain.workbook.WorkbookRepository;
import org.familysafeguarding.caseload.domain.workbook.WorkbookStatus;
import org.familysafeguarding.caseload.messaging.event.WorkbookModuleCompleted;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

/** Parents' workbooks and the council's list of programme modules. */
@ApplicationScoped
public class WorkbookRecords {

    private final AdultRepository adults;
    private final WorkbookRepository entries;
    private final WorkbookProgrammeRepository programmes;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Caller caller;
    private final CaseloadEvents events;
    private final Clock clock;

    public WorkbookRecords(
            AdultRepository adults,
            WorkbookRepository entries,
            WorkbookProgrammeRepository programmes,
            CaseloadAccess scope,
            AuditTrail audit,
            Caller caller,
            CaseloadEvents events,
            Clock clock) {
        this.adults = adults;
        this.entries = entries;
        this.programmes = programmes;
        this.scope = scope;
        this.audit = audit;
        this.caller = caller;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's council's programme, or the default list while it has none (version 0). */
    @Transactional
    public WorkbookProgramme programme() {
        return programmes.inUse(scope.council());
    }

    /**
     * Sets the council's list of modules. The first change copies the default list (version 0) and
     * changes the copy, so the ETag read from the default is the one to send.
     */
    @Transactional
    public WorkbookProgramme setProgramme(String ifMatch, List<WorkbookModule> modules) {
        String council = scope.council();
        programmes.lockCouncil(council);
        WorkbookProgramme programme = programmes.findById(council);
        if (programme == null) {
            Versions.requireMatch(
                    ifMatch, programmes.findById(WorkbookProgramme.DEFAULT).version());
            programme = WorkbookProgramme.copyFor(
                    council, programmes.findById(WorkbookProgramme.DEFAULT), Instant.now(clock));
            programmes.persist(programme);
            programmes.flush();
        } else {
            Versions.requireMatch(ifMatch, programme.version());
        }
        programme.replaceModules(modules, Instant.now(clock));
        programmes.flush();
        return programme;
    }

    @Transactional
    public WorkbookEntry record(UUID adultId, WorkbookEntry.Draft draft) {
        // one entry for a parent at a time, so each sees the one before
        Adult parent = scope.require(
                adults.lockedById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.CREATE);
        WorkbookEntry entry = WorkbookEntry.record(
                parent,
                programmes.inUse(parent.councilCode()),
                draft,
                entries.ofAdultAndModule(adultId, draft.moduleCode()),
                caller.username(),
                LocalDate.now(clock),
                Instant.now(clock));
        entries.persist(entry);
        audit.record(AuditAction.CREATE, "workbook-entry", entry.id().toString(), null);
        if (entry.status() == WorkbookStatus.COMPLETED) {
            events.publish(WorkbookModuleCompleted.of(entry));
        }
        return entry;
    }

    @Transactional
    public Workbook workbook(UUID adultId) {
        Adult parent = scope.require(
                adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        audit.record(AuditAction.READ, "workbook", adultId.toString(), null);
        return Workbook.of(adultId, programmes.inUse(parent.councilCode()), entries.ofAdult(adultId));
    }
}
