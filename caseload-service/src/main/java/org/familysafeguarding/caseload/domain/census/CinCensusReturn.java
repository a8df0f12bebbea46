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

/**
 * The children of a council's CIN census return for a collection year, with their CIN episodes as
 * the census counts them. Each referral opens an episode; the episode holds the assessments made on
 * that referral (or, unlinked, started from its date until the next referral) and the plans started
 * in that window. It closes on the referral date with RC8 when the referral led to no further action,
 * otherwise when every plan in it has ended (the last end date, with that plan's reason). A child is
 * in the return when one of its episodes was open at some time in the year. Nothing after the census
 * date is reported: later dates are left out as not yet happened.
 */
public final class CinCensusReturn {

    /** Reason for closure when a referral led to no further action. */
    static final String NO_FURTHER_ACTION = "RC8";

    public record AssessmentLine(LocalDate startDate, LocalDate authorisationDate, Set<String> factors) {
    }

    public record CinPlanLine(LocalDate startDate, LocalDate endDate) {
    }

    public record CpPlanLine(LocalDate startDate, LocalDate endDate, String initialCategory, String latestCategory,
            int previousPlans) {
    }

    public record Episode(LocalDate referralDate, String referralSource, String primaryNeed, boolean noFurtherAction,
            LocalDate closureDate, String reasonForClosure, LocalDate initialConference,
            List<AssessmentLine> assessments, List<CinPlanLine> cinPlans, List<CpPlanLine> cpPlans) {
    }

    public record ChildReturn(Child child, List<Episode> episodes) {
    }

    private CinCensusReturn() {
    }

    /** The council's children in need in the year, ordered by the council's child id. */
    public static List<ChildReturn> build(CollectionYear year, List<Child> children, List<Referral> referrals,
            List<Assessment> assessments, List<Plan> plans) {
        Map<UUID, List<Referral>> referralsByChild = referrals.stream()
                .filter(r -> !r.referralDate().isAfter(year.censusDate()))
                .collect(Collectors.groupingBy(Referral::childId));
        Map<UUID, List<Assessment>> assessmentsByChild = assessments.stream()
                .filter(a -> !a.startDate().isAfter(year.censusDate()))
                .collect(Collectors.groupingBy(Assessment::childId));
        Map<UUID, List<Plan>> plansByChild = plans.stream()
                .filter(p -> !p.startDate().isAfter(year.censusDate()))
                .collect(Collectors.groupingBy(Plan::childId));
        var result = new ArrayList<ChildReturn>();
        for (Child child : children) {
            List<Referral> ofChild = referralsByChild.getOrDefault(child.id(), List.of()).stream()
                    .sorted(Comparator.comparing(Referral::referralDate)).toList();
            var episodes = new ArrayList<Episode>();
            for (int i = 0; i < ofChild.size(); i++) {
                LocalDate until = i + 1 < ofChild.size() ? ofChild.get(i + 1).referralDate() : null;
                Episode episode = episode(year, ofChild.get(i), until,
                        assessmentsByChild.getOrDefault(child.id(), List.of()),
                        plansByChild.getOrDefault(child.id(), List.of()));
                if (episode.closureDate() == null || !episode.closureDate().isBefore(year.start())) {
                    episodes.add(episode);
                }
            }
            if (!episodes.isEmpty()) {
                result.add(new ChildReturn(child, List.copyOf(episodes)));
            }
        }
        result.sort(Comparator.comparing(c -> c.child().councilChildId()));
        return List.copyOf(result);
    }

    private static Episode episode(CollectionYear year, Referral referral, LocalDate nextReferral,
            List<Assessment> assessments, List<Plan> plans) {
        LocalDate census = year.censusDate();
        var inEpisode = assessments.stream()
                .filter(a -> referral.id().equals(a.referralId())
                        || (a.referralId() == null && inWindow(a.startDate(), referral.referralDate(), nextReferral)))
                .sorted(Comparator.comparing(Assessment::startDate))
                .map(a -> new AssessmentLine(a.startDate(), upTo(a.authorisationDate(), census),
                        upTo(a.authorisationDate(), census) == null ? Set.of() : a.factors()))
                .toList();
        List<Plan> episodePlans = plans.stream()
                .filter(p -> inWindow(p.startDate(), referral.referralDate(), nextReferral))
                .sorted(Comparator.comparing(Plan::startDate)).toList();
        var cinPlans = episodePlans.stream().filter(p -> p.kind() == PlanKind.CHILD_IN_NEED)
                .map(p -> new CinPlanLine(p.startDate(), upTo(p.endDate(), census))).toList();
        List<Plan> allCp = plans.stream().filter(p -> p.kind() == PlanKind.CHILD_PROTECTION).toList();
        var cpPlans = episodePlans.stream().filter(p -> p.kind() == PlanKind.CHILD_PROTECTION)
                .map(p -> new CpPlanLine(p.startDate(), upTo(p.endDate(), census), p.initialCategory(),
                        p.latestCategory(), (int) allCp.stream().filter(o -> o.startDate().isBefore(p.startDate())).count()))
                .toList();
        LocalDate closure = null;
        String reason = null;
        boolean nfa = referral.outcome() == ReferralOutcome.NO_FURTHER_ACTION;
        if (nfa) {
            closure = referral.referralDate();
            reason = NO_FURTHER_ACTION;
        } else if (!episodePlans.isEmpty() && episodePlans.stream().allMatch(p -> p.endDate() != null)) {
            Plan last = episodePlans.stream().max(Comparator.comparing(Plan::endDate)).orElseThrow();
            if (!last.endDate().isAfter(census)) {
                closure = last.endDate();
                reason = last.closureReason();
            }
        }
        LocalDate initialConference = cpPlans.isEmpty() ? null : cpPlans.getFirst().startDate();
        return new Episode(referral.referralDate(), referral.source(), referral.primaryNeed(), nfa, closure, reason,
                initialConference, inEpisode, cinPlans, cpPlans);
    }

    private static boolean inWindow(LocalDate date, LocalDate from, LocalDate until) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    private static LocalDate upTo(LocalDate date, LocalDate census) {
        return date == null || date.isAfter(census) ? null : date;
    }
}
