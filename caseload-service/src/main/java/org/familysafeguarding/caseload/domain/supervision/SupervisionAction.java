package org.familysafeguarding.caseload.domain.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An action agreed in group supervision for a family: who does it, by when, and whether it is done. */
@Entity
@Table(name = "group_supervision_action")
public class SupervisionAction {

    @Id
    private UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SupervisionAction() {}

    static SupervisionAction agree(GroupSupervision session, GroupSupervision.PlannedAction planned, Instant now) {
        var action = new SupervisionAction();
        action.id = UUID.randomUUID();
        action.sessionId = session.id();
        action.councilCode = session.councilCode();
        action.teamId = session.teamId();
        action.familyId = planned.familyId();
        action.description = planned.description();
        action.ownerId = planned.ownerId();
        action.dueDate = planned.dueDate();
        action.status = ActionStatus.OPEN;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    public void changeStatus(ActionStatus to, String by, Instant now) {
        if (status != ActionStatus.OPEN && to != ActionStatus.OPEN) {
            throw new SupervisionRuleViolated(
                    "action-closed", "The action is already " + status + "; reopen it first.");
        }
        status = to;
        statusChangedBy = by;
        updatedAt = now;
    }

    /** Open and past its due date. */
    public boolean overdueOn(LocalDate day) {
        return status == ActionStatus.OPEN && dueDate.isBefore(day);
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID familyId() {
        return familyId;
    }

    public String description() {
        return description;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionStatus status() {
        return status;
    }

    public String statusChangedBy() {
        return statusChangedBy;
    }

    public long version() {
        return version;
    }
}
