package org.familysafeguarding.caseload.domain.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group supervision session of a Family Safeguarding team: who attended by discipline, the
 * families discussed with their risk rating and decision, and the actions agreed (each its own
 * {@link SupervisionAction}). It can be corrected until the team manager agrees it; once agreed it
 * stands, and only then are its actions worked (done, cancelled).
 */
@Entity
@Table(name = "group_supervision")
public class GroupSupervision {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_supervision_attendee", joinColumns = @JoinColumn(name = "session_id"))
    private Set<Attendee> attendees = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_supervision_family", joinColumns = @JoinColumn(name = "session_id"))
    private Set<FamilyDiscussed> families = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected GroupSupervision() {}

    public record PlannedAction(UUID familyId, String description, UUID ownerId, LocalDate dueDate) {}

    public record Record(
            UUID teamId,
            LocalDate sessionDate,
            List<Attendee> attendees,
            List<FamilyDiscussed> families,
            List<PlannedAction> actions) {}

    public record Recorded(GroupSupervision session, List<SupervisionAction> actions) {}

    public static Recorded record(String councilCode, Record record, String recordedBy, LocalDate today, Instant now) {
        var session = new GroupSupervision();
        session.id = UUID.randomUUID();
        session.councilCode = councilCode;
        session.teamId = record.teamId();
        session.recordedBy = recordedBy;
        session.createdAt = now;
        return new Recorded(session, session.apply(record, today, now));
    }

    /**
     * Corrects the record before the team manager has agreed it: date, attendees, families and
     * actions are replaced; the team stays. Returns the actions that replace the earlier ones.
     */
    public List<SupervisionAction> correct(Record record, LocalDate today, Instant now) {
        if (agreedBy != null) {
            throw new SupervisionRuleViolated(
                    "already-agreed", "The session was agreed by " + agreedBy + "; it stands.");
        }
        if (!teamId.equals(record.teamId())) {
            throw new SupervisionRuleViolated("team-fixed", "A session stays with the team it was recorded for.");
        }
        return apply(record, today, now);
    }

    private List<SupervisionAction> apply(Record record, LocalDate today, Instant now) {
        if (record.sessionDate().isAfter(today)) {
            throw new SupervisionRuleViolated("session-in-future", "A session is recorded once it has taken place.");
        }
        var practitioners = new HashSet<UUID>();
        record.attendees().forEach(a -> {
            if (!practitioners.add(a.practitionerId())) {
                throw new SupervisionRuleViolated(
                        "attendee-repeated", "Practitioner " + a.practitionerId() + " is listed twice.");
            }
        });
        var familyIds = new HashSet<UUID>();
        record.families().forEach(f -> {
            if (!familyIds.add(f.familyId())) {
                throw new SupervisionRuleViolated("family-repeated", "Family " + f.familyId() + " is listed twice.");
            }
        });
        sessionDate = record.sessionDate();
        attendees.clear();
        attendees.addAll(record.attendees());
        families.clear();
        families.addAll(record.families());
        updatedAt = now;
        var actions = new ArrayList<SupervisionAction>();
        for (PlannedAction planned : record.actions()) {
            if (!familyIds.contains(planned.familyId())) {
                throw new SupervisionRuleViolated(
                        "action-for-family-not-discussed",
                        "An action is for a family discussed in the session; " + planned.familyId() + " was not.");
            }
            if (planned.dueDate().isBefore(record.sessionDate())) {
                throw new SupervisionRuleViolated(
                        "action-due-before-session", "An action cannot be due before the session.");
            }
            actions.add(SupervisionAction.agree(this, planned, now));
        }
        return List.copyOf(actions);
    }

    public boolean agreed() {
        return agreedBy != null;
    }

    /** The team manager agrees the record of the session and its actions. */
    public void agree(String manager, Instant now) {
        if (agreedBy != null) {
            throw new SupervisionRuleViolated(
                    "already-agreed", "The session was agreed by " + agreedBy + " at " + agreedAt + ".");
        }
        agreedBy = manager;
        agreedAt = now;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID teamId() {
        return teamId;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public Set<Attendee> attendees() {
        return Set.copyOf(attendees);
    }

    public Set<FamilyDiscussed> families() {
        return Set.copyOf(families);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public long version() {
        return version;
    }
}
