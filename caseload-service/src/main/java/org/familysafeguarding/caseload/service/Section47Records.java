package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralRepository;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;
import org.familysafeguarding.caseload.domain.section47.Section47Repository;
import org.familysafeguarding.caseload.domain.section47.Section47RuleViolated;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/** Section 47 enquiries of the council's children and their initial child protection conferences. */
@ApplicationScoped
public class Section47Records {

    private final ChildRepository children;
    private final ReferralRepository referrals;
    private final Section47Repository enquiries;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public Section47Records(
            ChildRepository children,
            ReferralRepository referrals,
            Section47Repository enquiries,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.referrals = referrals;
        this.enquiries = enquiries;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Section47Enquiry start(UUID childId, UUID referralId, LocalDate startDate) {
        Child child = scope.require(
                children.lockedById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.CREATE);
        Referral referral = null;
        if (referralId != null) {
            referral = referrals
                    .findByIdOptional(referralId)
                    .filter(r -> r.childId().equals(childId))
                    .orElseThrow(() -> new Section47RuleViolated(
                            "referral-of-another-child",
                            "Referral " + referralId + " is not a referral of this child."));
        }
        List<Section47Enquiry> earlier = enquiries.ofChild(childId);
        if (earlier.stream().anyMatch(Section47Enquiry::open)) {
            throw new Section47RuleViolated(
                    "enquiry-already-open", "The child has a section 47 enquiry still open (CIN census rule 8890).");
        }
        Section47Enquiry enquiry = Section47Enquiry.start(
                child,
                referral,
                startDate,
                WorkingDayCalendar.ENGLAND_AND_WALES,
                LocalDate.now(clock),
                Instant.now(clock));
        enquiries.persist(enquiry);
        audit.record(AuditAction.CREATE, "section47-enquiry", enquiry.id().toString(), childId.toString());
        return enquiry;
    }

    /** The conference was held on the day, or (with {@code notRequired}) none was needed. */
    @Transactional
    public Section47Enquiry conclude(UUID enquiryId, LocalDate conferenceDate, boolean notRequired) {
        Section47Enquiry enquiry = enquiry(enquiryId, AuditAction.UPDATE);
        if (notRequired == (conferenceDate != null)) {
            throw new Section47RuleViolated(
                    "conference-or-not-required",
                    "Give either the conference date or notRequired: true, not both or neither.");
        }
        if (notRequired) {
            enquiry.conferenceNotRequired(Instant.now(clock));
        } else {
            enquiry.conferenceHeld(conferenceDate, LocalDate.now(clock), Instant.now(clock));
        }
        audit.record(
                AuditAction.UPDATE,
                "section47-enquiry",
                enquiryId.toString(),
                enquiry.childId().toString());
        return enquiry;
    }

    @Transactional
    public Section47Enquiry read(UUID enquiryId) {
        Section47Enquiry enquiry = enquiry(enquiryId, AuditAction.READ);
        audit.record(
                AuditAction.READ,
                "section47-enquiry",
                enquiryId.toString(),
                enquiry.childId().toString());
        return enquiry;
    }

    @Transactional
    public List<Section47Enquiry> ofChild(UUID childId) {
        scope.require(children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        List<Section47Enquiry> found = enquiries.ofChild(childId);
        audit.recordAll(
                AuditAction.READ,
                "section47-enquiry",
                found.stream()
                        .map(e -> new AuditTrail.Accessed(e.id().toString(), childId.toString()))
                        .toList());
        return found;
    }

    private Section47Enquiry enquiry(UUID id, AuditAction action) {
        return scope.require(
                enquiries.findById(id),
                "section47-enquiry",
                id,
                Section47Enquiry::councilCode,
                Section47Enquiry::childId,
                action);
    }
}
