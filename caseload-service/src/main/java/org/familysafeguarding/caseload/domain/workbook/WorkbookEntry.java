package org.familysafeguarding.caseload.domain.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.familysafeguarding.caseload.domain.family.Adult;

/** A dated entry in a parent's workbook: work done on one module, and where that leaves the module. */
@Entity
@Table(name = "workbook_entry")
public class WorkbookEntry {

    /** Latest first: by date, then by when it was recorded. */
    public static final Comparator<WorkbookEntry> LATEST_FIRST = Comparator.comparing(WorkbookEntry::entryDate)
            .thenComparing(e -> e.createdAt)
            .reversed();

    @Id
    private UUID id;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "module_code", nullable = false, updatable = false)
    private String moduleCode;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private WorkbookStatus status;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WorkbookEntry() {}

    public record Draft(String moduleCode, LocalDate entryDate, WorkbookStatus status, String note) {}

    /**
     * @param earlier the parent's entries on the same module
     */
    public static WorkbookEntry record(
            Adult parent,
            WorkbookProgramme programme,
            Draft draft,
            List<WorkbookEntry> earlier,
            String recordedBy,
            LocalDate today,
            Instant now) {
        if (!programme.hasModule(draft.moduleCode())) {
            throw new WorkbookRuleViolated(
                    "module-not-in-programme", "Module " + draft.moduleCode() + " is not in the council's programme.");
        }
        if (draft.status() == WorkbookStatus.NOT_STARTED) {
            throw new WorkbookRuleViolated("entry-status", "An entry records work in progress or a completed module.");
        }
        if (draft.entryDate().isAfter(today)) {
            throw new WorkbookRuleViolated("entry-in-future", "A workbook entry cannot be dated in the future.");
        }
        earlier.stream()
                .filter(e -> e.status == WorkbookStatus.COMPLETED)
                .findFirst()
                .ifPresent(done -> {
                    throw new WorkbookRuleViolated(
                            "module-completed",
                            "Module " + draft.moduleCode() + " was completed on " + done.entryDate + ".");
                });
        var entry = new WorkbookEntry();
        entry.id = UUID.randomUUID();
        entry.adultId = parent.id();
        entry.councilCode = parent.councilCode();
        entry.moduleCode = draft.moduleCode();
        entry.entryDate = draft.entryDate();
        entry.status = draft.status();
        entry.note = draft.note();
        entry.recordedBy = recordedBy;
        entry.createdAt = now;
        return entry;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID adultId() {
        return adultId;
    }

    public String moduleCode() {
        return moduleCode;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public WorkbookStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
