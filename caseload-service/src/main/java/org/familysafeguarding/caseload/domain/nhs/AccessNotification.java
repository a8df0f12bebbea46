package org.familysafeguarding.caseload.domain.nhs;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An NHS look-up that disclosed a plan of this child, as CP-IS notifies the council: who asked
 * (organisation, system, end user), when, and which kinds of flag they were told of. Written once.
 */
@Entity
@Table(name = "nhs_access_notification")
public class AccessNotification {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "ods_code", nullable = false, updatable = false)
    private String odsCode;

    @Column(name = "system_id", nullable = false, updatable = false)
    private String system;

    @Column(name = "end_user_id", updatable = false)
    private String endUser;

    @Column(nullable = false, updatable = false)
    private String flags;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    protected AccessNotification() {}

    public static AccessNotification of(
            UUID childId, UUID familyId, String councilCode, Set<FlagKind> kinds, Requester requester, Instant at) {
        var notification = new AccessNotification();
        notification.id = UUID.randomUUID();
        notification.childId = childId;
        notification.familyId = familyId;
        notification.councilCode = councilCode;
        notification.odsCode = requester.odsCode();
        notification.system = requester.system();
        notification.endUser = requester.endUser();
        notification.flags = kinds.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        notification.accessedAt = at;
        return notification;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID childId() {
        return childId;
    }

    public UUID familyId() {
        return familyId;
    }

    public String odsCode() {
        return odsCode;
    }

    public String system() {
        return system;
    }

    public String endUser() {
        return endUser;
    }

    public Set<FlagKind> flags() {
        var kinds = new TreeSet<FlagKind>();
        for (String kind : flags.split(",")) {
            kinds.add(FlagKind.valueOf(kind));
        }
        return kinds;
    }

    public Instant accessedAt() {
        return accessedAt;
    }
}
