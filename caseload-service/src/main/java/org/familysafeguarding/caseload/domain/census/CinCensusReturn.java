package org.familysafeguarding.caseload.domain.census;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familysafeguarding.caseload.domain.assessment.Assessment;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.plan.Plan;
import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;
import org.familysafeguarding.caseload.domain.section47.Section47Enquiry;

/**
 * The children of a council's CIN census return for a collection year, with their CIN episodes as
 * the census counts them. Each referral opens an episode; the episode holds the assessments and
 * section 47 enquiries made on that referral (or, unlinked, started from its date until the next
 * referral) and the plans started in that window. It closes with the referral's own closure date
 * and CIN reason for closure (RC8 on the day for no further action; RC8 or RC9 after an assessment
 * that led to no plan; any reason of the list otherwise), whatever plans it held. A child is in the
 * return when one of its episodes was open at some time in the year. Nothing after the census date is
 * reported: later dates are left out as not yet happened.
 */
public final class CinCensusReturn {

    /** Reason for closure when a referral led to no further action. */
    static final String NO_FURTHER_ACTION = Referral.NO_FURTHER_ACTION;

    public record AssessmentLine(LocalDate startDate, LocalDate authorisationDate, Set<String> factors) {}

    public record CinPlanLine(LocalDate startDate, LocalDate endDate) {}

    public record Section47Line(
            LocalDate startDate, LocalDate conferenceTarget, LocalDate conferenceDate, boolean conferenceNotRequired) {}

    public record CpPlanLine(
            LocalDate startDate,
            LocalDate endDate,
            String initialCategory,
            String latestCategory,
            int previousPlans,
            List<LocalDate> reviews) {}

    /**
     * @param initialConference the census's CINdetails-level DateOfInitialCPC: only for a conference not
     *        preceded by a section 47 enquiry in the episode (e.g. a child transferred in); one that
     *        followed an enquiry is on the enquiry's line (DfE rule 2884: never both)
     */
    public record Episode(
            LocalDate referralDate,
            String referralSource,
            String primaryNeed,
            boolean noFurtherAction,
            LocalDate closureDate,
            String reasonForClosure,
            LocalDate initialConference,
            List<AssessmentLine> assessments,
            List<CinPlanLine> cinPlans,
            List<Section47Line> section47s,
            List<CpPlanLine> cpPlans) {}

    public record ChildReturn(Child child, String upnUnknownReason, List<Episode> episodes) {}

    /** What the return is made from, the council's records up to the census date. */
    public record Records(
            List<Child> children,
            List<Referral> referrals,
            List<Assessment> assessments,
            List<Plan> plans,
            List<Section47Enquiry> section47s,
            Map<UUID, List<LocalDate>> reviewsByPlan,
            Map<UUID, String> upnUnknownReasons) {

        public Records(List<Child> children, List<Referral> referrals, List<Assessment> assessments, List<Plan> plans) {
            this(children, referrals, assessments, plans, List.of(), Map.of(), Map.of());
        }
    }

    private CinCensusReturn() {}

    /** The council's children in need in the year, ordered by the council's child id. */
    public static List<ChildReturn> build(
            CollectionYear year,
            List<Child> children,
            List<Referral> referrals,
            List<Assessment> assessments,
            List<Plan> plans) {
        return build(year, new Records(children, referrals, assessments, plans));
    }

    public static List<ChildReturn> build(CollectionYear year, Records records) {
        LocalDate census = year.censusDate();
        Map<UUID, List<Referral>> referralsByChild = records.referrals().stream()
                .filter(r -> !r.referralDate().isAfter(census))
                .collect(Collectors.groupingBy(Referral::childId));
        Map<UUID, List<Assessment>> assessmentsByChild = records.assessments().stream()
                .filter(a -> !a.startDate().isAfter(census))
                .collect(Collectors.groupingBy(Assessment::childId));
        Map<UUID, List<Plan>> plansByChild = records.plans().stream()
                .filter(p -> !p.startDate().isAfter(census))
                .collect(Collectors.groupingBy(Plan::childId));
        Map<UUID, List<Section47Enquiry>> section47sByChild = records.section47s().stream()
                .filter(s -> !s.startDate().isAfter(census))
                .collect(Collectors.groupingBy(Section47Enquiry::childId));
        var result = new ArrayList<ChildReturn>();
        for (Child child : records.children()) {
            List<Referral> ofChild = referralsByChild.getOrDefault(child.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Referral::referralDate))
                    .toList();
            var episodes = new ArrayList<Episode>();
            for (int i = 0; i < ofChild.size(); i++) {
                LocalDate until = i + 1 < ofChild.size() ? ofChild.get(i + 1).referralDate() : null;
                Episode episode = episode(
                        year,
                        ofChild.get(i),
                        until,
                        assessmentsByChild.getOrDefault(child.id(), List.of()),
                        plansByChild.getOrDefault(child.id(), List.of()),
                        section47sByChild.getOrDefault(child.id(), List.of()),
                        records.reviewsByPlan());
                if (episode.closureDate() == null || !episode.closureDate().isBefore(year.start())) {
                    episodes.add(episode);
                }
            }
            if (!episodes.isEmpty()) {
                String upnUnknown =
                        child.upn() == null ? records.upnUnknownReasons().get(child.id()) : null;
                result.add(new ChildReturn(child, upnUnknown, List.copyOf(episodes)));
            }
        }
        result.sort(Comparator.comparing(c -> c.child().councilChildId()));
        return List.copyOf(result);
    }

    private static Episode episode(
            CollectionYear year,
            Referral referral,
            LocalDate nextReferral,
            List<Assessment> assessments,
            List<Plan> plans,
            List<Section47Enquiry> section47s,
            Map<UUID, List<LocalDate>> reviewsByPlan) {
        LocalDate census = year.censusDate();
        var inEpisode = assessments.stream()
                .filter(a -> referral.id().equals(a.referralId())
                        || (a.referralId() == null && inWindow(a.startDate(), referral.referralDate(), nextReferral)))
                .sorted(Comparator.comparing(Assessment::startDate))
                .map(a -> new AssessmentLine(
                        a.startDate(),
                        upTo(a.authorisationDate(), census),
                        upTo(a.authorisationDate(), census) == null ? Set.of() : a.factors()))
                .filter(a -> inYear(a.authorisationDate(), year)) // ongoing, or completed in the year (DfE rule 8696)
                .toList();
        List<Section47Enquiry> episodeEnquiries = section47s.stream()
                .filter(s -> referral.id().equals(s.referralId())
                        || (s.referralId() == null && inWindow(s.startDate(), referral.referralDate(), nextReferral)))
                .toList();
        var enquiries = episodeEnquiries.stream()
                .sorted(Comparator.comparing(Section47Enquiry::startDate))
                .map(s -> new Section47Line(
                        s.startDate(),
                        s.conferenceTarget(),
                        upTo(s.conferenceDate(), census),
                        s.conferenceNotRequired()))
                // ongoing, or concluded in the year (DfE rules 8715, 8740)
                .filter(s -> s.conferenceNotRequired()
                        ? !s.startDate().isBefore(year.start())
                        : inYear(s.conferenceDate(), year))
                .toList();
        List<Plan> episodePlans = plans.stream()
                .filter(p -> inWindow(p.startDate(), referral.referralDate(), nextReferral))
                .sorted(Comparator.comparing(Plan::startDate))
                .toList();
        var cinPlans = episodePlans.stream()
                .filter(p -> p.kind() == PlanKind.CHILD_IN_NEED)
                .map(p -> new CinPlanLine(p.startDate(), upTo(p.endDate(), census)))
                .filter(p -> inYear(p.endDate(), year))
                .toList(); // open, or ended in the year (DfE rule 4013)
        List<Plan> allCp = plans.stream()
                .filter(p -> p.kind() == PlanKind.CHILD_PROTECTION)
                .toList();
        var cpPlans = episodePlans.stream()
                .filter(p -> p.kind() == PlanKind.CHILD_PROTECTION)
                .map(p -> new CpPlanLine(
                        p.startDate(),
                        upTo(p.endDate(), census),
                        p.initialCategory(),
                        p.latestCategory(),
                        (int) allCp.stream()
                                .filter(o -> o.startDate().isBefore(p.startDate()))
                                .count(),
                        reviewsByPlan.getOrDefault(p.id(), List.of()).stream()
                                .filter(d -> !d.isAfter(census))
                                .sorted()
                                .toList()))
                .filter(p -> inYear(p.endDate(), year)) // open, or ended in the year (DfE rule 8930)
                .toList();
        boolean nfa = referral.outcome() == ReferralOutcome.NO_FURTHER_ACTION;
        LocalDate closure = upTo(referral.closureDate(), census);
        String reason = closure == null ? null : referral.closureReason();
        if (nfa && closure == null) {
            closure = referral.referralDate();
            reason = NO_FURTHER_ACTION;
        }
        // a conference held after an enquiry is the enquiry's, even when the enquiry ended before the year
        boolean conferenceAfterEnquiry = episodeEnquiries.stream()
                .anyMatch(s -> s.conferenceDate() != null && !s.conferenceDate().isAfter(census));
        LocalDate initialConference = cpPlans.isEmpty() || conferenceAfterEnquiry
                ? null
                : cpPlans.getFirst().startDate();
        return new Episode(
                referral.referralDate(),
                referral.source(),
                referral.primaryNeed(),
                nfa,
                closure,
                reason,
                initialConference,
                inEpisode,
                cinPlans,
                enquiries,
                cpPlans);
    }

    /** Still open at the census date (null), or ended on or after the year's first day. */
    private static boolean inYear(LocalDate end, CollectionYear year) {
        return end == null || !end.isBefore(year.start());
    }

    private static boolean inWindow(LocalDate date, LocalDate from, LocalDate until) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    private static LocalDate upTo(LocalDate date, LocalDate census) {
        return date == null || date.isAfter(census) ? null : date;
    }
}
