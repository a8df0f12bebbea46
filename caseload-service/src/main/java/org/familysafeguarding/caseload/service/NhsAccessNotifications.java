package org.familysafeguarding.caseload.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.nhs.AccessNotification;
import org.familysafeguarding.caseload.domain.nhs.AccessNotificationRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** What the council is told of NHS look-ups of its children, under the usual rules of who sees which family. */
@ApplicationScoped
public class NhsAccessNotifications {

    static final String RECORD = "nhs-access-notification";

    private final ChildRepository children;
    private final AccessNotificationRepository notifications;
    private final CaseloadAccess scope;
    private final AuditTrail audit;

    public NhsAccessNotifications(
            ChildRepository children,
            AccessNotificationRepository notifications,
            CaseloadAccess scope,
            AuditTrail audit) {
        this.children = children;
        this.notifications = notifications;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public PageResponse<AccessNotification> ofChild(UUID childId, int page, int size) {
        scope.require(children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        return shown(
                notifications.ofChild(childId).page(Page.of(page, size)).list(),
                notifications.ofChild(childId).count(),
                page,
                size);
    }

    @Transactional
    public PageResponse<AccessNotification> ofCouncil(int page, int size) {
        var query = notifications.ofCouncil(scope.council(), scope.teamFilter());
        return shown(query.page(Page.of(page, size)).list(), query.count(), page, size);
    }

    private PageResponse<AccessNotification> shown(List<AccessNotification> found, long total, int page, int size) {
        audit.recordAll(
                AuditAction.READ,
                RECORD,
                found.stream()
                        .map(n -> new AuditTrail.Accessed(
                                n.id().toString(), n.childId().toString()))
                        .toList());
        return new PageResponse<>(found, page, size, total);
    }
}
