package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.assessment.Assessment;
import org.familysafeguarding.caseload.domain.assessment.AssessmentRepository;
import org.familysafeguarding.caseload.domain.assessment.AssessmentRuleViolated;
import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** Assessments of the council's children and whether each was authorised in time. */
@ApplicationScoped
public class AssessmentRecords {

    private final ChildRepository children;
    private final ReferralRepository referrals;
    private final AssessmentRepository assessments;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public AssessmentRecords(
            ChildRepository children,
            ReferralRepository referrals,
            AssessmentRepository assessments,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.referrals = referrals;
        this.assessments = assessments;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assessment start(UUID childId, UUID referralId, LocalDate startDate) {
        Child child = scope.require(
                children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.CREATE);
        Referral referral = null;
        if (referralId != null) {
            referral = referrals
                    .findByIdOptional(referralId)
                    .filter(r -> r.childId().equals(childId))
                    .orElseThrow(() -> new AssessmentRuleViolated(
                            "referral-of-another-child",
                            "Referral " + referralId + " is not a referral of this child."));
        }
        Assessment assessment = Assessment.start(child, referral, startDate, LocalDate.now(clock), Instant.now(clock));
        assessments.persist(assessment);
        audit.record(AuditAction.CREATE, "assessment", assessment.id().toString(), childId.toString());
        return assessment;
    }

    @Transactional
    public Assessment authorise(UUID assessmentId, LocalDate authorisationDate, Set<String> factors) {
        Assessment assessment = assessment(assessmentId, AuditAction.UPDATE);
        assessment.authorise(
                authorisationDate,
                factors,
                WorkingDayCalendar.ENGLAND_AND_WALES,
                LocalDate.now(clock),
                Instant.now(clock));
        audit.record(
                AuditAction.UPDATE,
                "assessment",
                assessmentId.toString(),
                assessment.childId().toString());
        return assessment;
    }

    @Transactional
    public Assessment read(UUID assessmentId) {
        Assessment assessment = assessment(assessmentId, AuditAction.READ);
        audit.record(
                AuditAction.READ,
                "assessment",
                assessmentId.toString(),
                assessment.childId().toString());
        return assessment;
    }

    @Transactional
    public PageResponse<Assessment> ofChild(UUID childId, int page, int size) {
        scope.require(children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        var query = assessments.ofChild(childId).page(Page.of(page, size));
        List<Assessment> found = query.list();
        audit.recordAll(
                AuditAction.READ,
                "assessment",
                found.stream()
                        .map(a -> new AuditTrail.Accessed(a.id().toString(), childId.toString()))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    private Assessment assessment(UUID id, AuditAction action) {
        return scope.require(
                assessments.findById(id), "assessment", id, Assessment::councilCode, Assessment::childId, action);
    }
}
