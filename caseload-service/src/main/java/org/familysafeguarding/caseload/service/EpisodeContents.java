package org.familysafeguarding.caseload.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.familysafeguarding.caseload.domain.assessment.Assessment;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralRuleViolated;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;
import org.familysafeguarding.caseload.domain.section47.Section47Repository;

/**
 * What a CIN episode holds, as the census places it: the plans, assessments and section 47 enquiries
 * of the child from the referral's date until the child's next referral (or linked to the referral).
 */
@ApplicationScoped
public class EpisodeContents {

    private final Section47Repository enquiries;
    private final EntityManager em;

    public EpisodeContents(Section47Repository enquiries, EntityManager em) {
        this.enquiries = enquiries;
        this.em = em;
    }

    /** Refuses to close the episode on the day while anything in it is open then or starts after it. */
    public void requireNothingOpen(Referral referral, List<Referral> ofChild, LocalDate on) {
        LocalDate from = referral.referralDate();
        LocalDate until = ofChild.stream()
                .map(Referral::referralDate)
                .filter(d -> d.isAfter(from))
                .min(LocalDate::compareTo)
                .orElse(null);
        List<Plan> plans = em
                .createQuery("from Plan p where p.childId = :child and p.startDate >= :from", Plan.class)
                .setParameter("child", referral.childId())
                .setParameter("from", from)
                .getResultList()
                .stream()
                .filter(p -> until == null || p.startDate().isBefore(until))
                .toList();
        for (Plan plan : plans) {
            if (plan.startDate().isAfter(on)
                    || plan.endDate() == null
                    || plan.endDate().isAfter(on)) {
                throw new ReferralRuleViolated(
                        "plans-still-open",
                        "The child's " + plan.kind() + " plan from " + plan.startDate() + " is open on " + on
                                + "; end it before the case closes.");
            }
        }
        List<Assessment> assessments = em
                .createQuery(
                        "from Assessment a where a.childId = :child and (a.referralId = :referral or (a.referralId is null and a.startDate >= :from))",
                        Assessment.class)
                .setParameter("child", referral.childId())
                .setParameter("referral", referral.id())
                .setParameter("from", from)
                .getResultList()
                .stream()
                .filter(a -> referral.id().equals(a.referralId())
                        || until == null
                        || a.startDate().isBefore(until))
                .toList();
        for (Assessment assessment : assessments) {
            if (assessment.startDate().isAfter(on)
                    || assessment.authorisationDate() == null
                    || assessment.authorisationDate().isAfter(on)) {
                throw new ReferralRuleViolated(
                        "assessment-not-completed",
                        "The assessment started on " + assessment.startDate() + " is not authorised by " + on
                                + " (CIN census rule 8867).");
            }
        }
        for (Section47Enquiry enquiry : enquiries.ofChild(referral.childId())) {
            boolean inEpisode = referral.id().equals(enquiry.referralId())
                    || (enquiry.referralId() == null
                            && !enquiry.startDate().isBefore(from)
                            && (until == null || enquiry.startDate().isBefore(until)));
            if (inEpisode
                    && (enquiry.open()
                            || enquiry.startDate().isAfter(on)
                            || (enquiry.conferenceDate() != null
                                    && enquiry.conferenceDate().isAfter(on)))) {
                throw new ReferralRuleViolated(
                        "section47-not-completed",
                        "The section 47 enquiry started on "
                                + enquiry.startDate() + " has no conference or decision that none is needed by " + on
                                + " (CIN census rule 8868).");
            }
        }
    }
}
