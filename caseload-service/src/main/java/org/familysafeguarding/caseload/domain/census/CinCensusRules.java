package org.familysafeguarding.caseload.domain.census;

import static org.familysafeguarding.caseload.domain.census.CensusValidation.Severity.ERROR;
import static org.familysafeguarding.caseload.domain.census.CensusValidation.Severity.QUERY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.familysafeguarding.caseload.domain.census.CensusValidation.ChildIssues;
import org.familysafeguarding.caseload.domain.census.CensusValidation.Issue;
import org.familysafeguarding.caseload.domain.census.CensusValidation.Severity;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.AssessmentLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.ChildReturn;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.CinPlanLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.CpPlanLine;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.Episode;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn.Section47Line;
import org.familysafeguarding.caseload.domain.family.Child;

/**
 * The DfE's published validation rules for the CIN census (the children in need census validation
 * rules, as COLLECT applies them; numbers and wording as the DfE gives them) that can be checked from
 * what the platform holds, run on a return before it is sent. Rules about data the platform never
 * writes wrongly (codes off the lists, missing mandatory elements, UPN check letters: refused at entry
 * or by the schema) are not repeated here; rules about data it does not hold (date of death) are left out.
 */
public final class CinCensusRules {

    private CinCensusRules() {}

    public static CensusValidation check(CollectionYear year, List<ChildReturn> children) {
        var perChild = new ArrayList<ChildIssues>();
        for (ChildReturn child : children) {
            var issues = new ArrayList<Issue>();
            child(year, child, issues);
            for (Episode episode : child.episodes()) {
                episode(year, child, episode, issues);
            }
            episodesTogether(child, issues);
            if (!issues.isEmpty()) {
                perChild.add(new ChildIssues(child.child().councilChildId(), List.copyOf(issues)));
            }
        }
        return CensusValidation.of(perChild, returnAsAWhole(children));
    }

    private static void child(CollectionYear year, ChildReturn entry, List<Issue> out) {
        Child child = entry.child();
        LocalDate census = year.censusDate();
        LocalDate born = child.dateOfBirth();
        LocalDate expected = child.expectedDateOfBirth();
        if (born != null && born.isAfter(census)) {
            out.add(issue(
                    "8520",
                    ERROR,
                    "Date of Birth is after data collection period (must be on or before the end of the census period)",
                    null));
        }
        if ((born == null) == (expected == null)) {
            out.add(issue(
                    "8525Q",
                    QUERY,
                    "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
                    null));
        }
        if (born == null
                && expected != null
                && (expected.isBefore(LocalDate.of(year.year(), 3, 1))
                        || expected.isAfter(LocalDate.of(year.year(), 12, 31)))) {
            out.add(issue(
                    "8530Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
                    null));
        }
        if (born == null && expected != null && !"U".equals(child.sex())) {
            out.add(issue("8750", ERROR, "Sex must equal U for an unborn child", null));
        }
        if (born != null && born.plusYears(25).isBefore(census)) {
            out.add(issue(
                    "8775Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: Child is over 25 years old",
                    null));
        }
        Set<String> disabilities = child.disabilities();
        if (disabilities.contains("NONE") && disabilities.size() > 1) {
            out.add(issue("8790", ERROR, "Disability information includes both None and other values", null));
        }
        boolean furtherAction = entry.episodes().stream().anyMatch(e -> !e.noFurtherAction());
        if ("UN7".equals(entry.upnUnknownReason()) && furtherAction) {
            out.add(issue(
                    "8772",
                    ERROR,
                    "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
                    null));
        }
        LocalDate schoolAge = census.plusMonths(4).plusDays(31).minusYears(6);
        if (born != null
                && !born.isAfter(schoolAge)
                && furtherAction
                && child.upn() == null
                && (entry.upnUnknownReason() == null || "UN1".equals(entry.upnUnknownReason()))) {
            out.add(issue(
                    "8770Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
                    null));
        }
    }

    private static void episode(CollectionYear year, ChildReturn child, Episode e, List<Issue> out) {
        LocalDate referral = e.referralDate();
        LocalDate closure = e.closureDate();
        LocalDate born = child.child().dateOfBirth() != null
                ? child.child().dateOfBirth()
                : child.child().expectedDateOfBirth();
        if (born != null && referral.isBefore(born.minusDays(280))) {
            out.add(issue(
                    "8606", ERROR, "Child referral date is more than 40 weeks before DOB or expected DOB", referral));
        }
        if (!e.noFurtherAction() && e.primaryNeed() == null) {
            out.add(issue(
                    "8610",
                    ERROR,
                    "Primary Need code is missing for a referral which led to further action.",
                    referral));
        }
        if (closure != null && (closure.isBefore(year.start()) || closure.isAfter(year.censusDate()))) {
            out.add(issue(
                    "8620", ERROR, "CIN Closure Date present and does not fall within the Census year", referral));
        }
        if (closure != null && closure.isBefore(referral)) {
            out.add(issue(
                    "8630", ERROR, "CIN Closure Date is before CIN Referral Date for the same CIN episode", referral));
        }
        if (closure != null && e.reasonForClosure() == null) {
            out.add(issue(
                    "8805", ERROR, "A CIN case cannot have a CIN closure date without a Reason for Closure", referral));
        }
        if (closure == null && e.reasonForClosure() != null) {
            out.add(issue(
                    "8810", ERROR, "A CIN case cannot have a Reason for Closure without a CIN Closure Date", referral));
        }
        boolean closedAfterAssessment = "RC8".equals(e.reasonForClosure()) || "RC9".equals(e.reasonForClosure());
        if (closedAfterAssessment && !e.noFurtherAction() && e.assessments().isEmpty()) {
            out.add(issue(
                    "8825Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment",
                    referral));
        }
        if (closedAfterAssessment
                && !e.noFurtherAction()
                && (e.initialConference() != null
                        || !e.cpPlans().isEmpty()
                        || !e.section47s().isEmpty()
                        || !e.cinPlans().isEmpty())) {
            out.add(issue(
                    "2990",
                    ERROR,
                    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
                    referral));
        }
        if ("RC2".equals(e.reasonForClosure())) {
            out.add(issue(
                    "8585Q",
                    QUERY,
                    "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
                    referral));
        }
        if (e.noFurtherAction()) {
            if (!e.cinPlans().isEmpty()) {
                out.add(issue(
                        "4000", ERROR, "CIN Plan details provided for a referral with no further action", referral));
            }
            if (!e.cpPlans().isEmpty() || e.initialConference() != null) {
                out.add(issue(
                        "8832",
                        ERROR,
                        "Child Protection details provided for a referral with no further action.",
                        referral));
            }
            if (!e.assessments().isEmpty() || !e.section47s().isEmpty()) {
                out.add(issue(
                        "8831",
                        ERROR,
                        "Activity is recorded against a case marked as a referral with no further action",
                        referral));
            }
        }
        if (closure != null && activityDates(e).anyMatch(d -> d.isAfter(closure))) {
            out.add(issue("8565", ERROR, "Activity shown after a case has been closed", referral));
        }
        if (closure != null && e.assessments().stream().anyMatch(a -> a.authorisationDate() == null)) {
            out.add(issue(
                    "8867",
                    ERROR,
                    "CIN episode is shown as closed, however Assessment is not shown as completed",
                    referral));
        }
        if (closure != null
                && e.section47s().stream().anyMatch(s -> s.conferenceDate() == null && !s.conferenceNotRequired())) {
            out.add(issue(
                    "8868",
                    ERROR,
                    "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
                    referral));
        }
        assessments(year, e, out);
        cinPlans(year, e, out);
        section47s(year, e, out);
        cpPlans(year, e, out);
    }

    private static void assessments(CollectionYear year, Episode e, List<Issue> out) {
        LocalDate referral = e.referralDate();
        List<AssessmentLine> lines = e.assessments();
        for (AssessmentLine a : lines) {
            if (a.startDate().isBefore(referral)) {
                out.add(issue("1103", ERROR, "The assessment start date cannot be before the referral date", referral));
            }
            if (a.authorisationDate() != null && a.startDate().isAfter(a.authorisationDate())) {
                out.add(issue("8608", ERROR, "Assessment Start Date cannot be later than its End Date", referral));
            }
            if (a.authorisationDate() != null && a.authorisationDate().isBefore(year.start())) {
                out.add(issue("8696", ERROR, "Assessment end date must fall within the census year", referral));
            }
            if (a.authorisationDate() == null && a.startDate().isBefore(year.start())) {
                out.add(issue(
                        "8736",
                        ERROR,
                        "For an Assessment that has not been completed, the start date must fall within the census year",
                        referral));
            }
            if (a.authorisationDate() == null && !a.factors().isEmpty()) {
                out.add(issue(
                        "8614",
                        ERROR,
                        "Parental or child factors at assessment should only be present for a completed assessment.",
                        referral));
            }
            if (a.authorisationDate() != null && a.factors().isEmpty()) {
                out.add(issue(
                        "8897Q",
                        QUERY,
                        "Parental or child factors at assessment information is missing from a completed assessment",
                        referral));
            }
            if (a.factors().contains("21") && a.factors().size() > 1) {
                out.add(issue(
                        "8869",
                        ERROR,
                        "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
                        referral));
            }
            if (a.factors().contains("18A")) {
                out.add(issue(
                        "8945Q",
                        QUERY,
                        "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
                        referral));
            }
            if (a.factors().contains("19A")) {
                out.add(issue(
                        "8950Q",
                        QUERY,
                        "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
                        referral));
            }
            if (a.authorisationDate() == null
                    && WORKING_DAYS
                            .apply(a.startDate())
                            .map(d -> d.isBefore(year.censusDate()))
                            .orElse(false)) {
                out.add(issue(
                        "8670Q",
                        QUERY,
                        "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
                        referral));
            }
        }
        if (lines.stream().filter(a -> a.authorisationDate() == null).count() > 1) {
            out.add(issue(
                    "8896",
                    ERROR,
                    "Within one CINDetails group there are 2 or more open Assessments groups",
                    referral));
        }
        if (lines.size() == 1
                && lines.getFirst().factors().equals(Set.of("21"))
                && !"RC8".equals(e.reasonForClosure())
                && !"RC9".equals(e.reasonForClosure())) {
            out.add(issue(
                    "8873Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' must be used",
                    referral));
        }
    }

    private static void cinPlans(CollectionYear year, Episode e, List<Issue> out) {
        LocalDate referral = e.referralDate();
        List<CinPlanLine> plans = e.cinPlans();
        for (CinPlanLine p : plans) {
            if (p.startDate().isBefore(referral)) {
                out.add(issue("4015", ERROR, "The CIN Plan start date cannot be before the referral date", referral));
            }
            if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
                out.add(issue("4011", ERROR, "CIN Plan End Date earlier than Start Date", referral));
            }
            if (p.endDate() != null && p.endDate().equals(p.startDate())) {
                out.add(issue(
                        "4012Q",
                        QUERY,
                        "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
                        referral));
            }
            if (p.endDate() != null && p.endDate().isBefore(year.start())) {
                out.add(issue("4013", ERROR, "CIN Plan end date must fall within the census year", referral));
            }
            for (CpPlanLine cp : e.cpPlans()) {
                if (overlap(p.startDate(), p.endDate(), cp.startDate(), cp.endDate())) {
                    out.add(issue(
                            "4001",
                            ERROR,
                            "A CIN Plan cannot run concurrently with a Child Protection Plan",
                            referral));
                }
                for (LocalDate review : cp.reviews()) {
                    if (!review.isBefore(p.startDate())
                            && (p.endDate() == null || review.isBefore(p.endDate()))
                            && !review.equals(cp.endDate())) {
                        out.add(issue(
                                "4003",
                                ERROR,
                                "A CPP review date is shown as being held at the same time as an open CIN Plan.",
                                referral));
                    }
                }
            }
        }
        if (plans.stream().filter(p -> p.endDate() == null).count() > 1) {
            out.add(issue(
                    "4004",
                    ERROR,
                    "This child is showing more than one open CIN Plan, i.e. with no End Date",
                    referral));
        }
        if (anyOverlap(plans, CinPlanLine::startDate, CinPlanLine::endDate)) {
            out.add(issue("4014", ERROR, "CIN Plan data contains overlapping dates", referral));
        }
    }

    private static void section47s(CollectionYear year, Episode e, List<Issue> out) {
        LocalDate referral = e.referralDate();
        for (Section47Line s : e.section47s()) {
            if (s.startDate().isBefore(referral)) {
                out.add(issue("2889", ERROR, "The S47 start date cannot be before the referral date.", referral));
            }
            if (s.conferenceDate() != null && s.conferenceDate().isBefore(s.startDate())) {
                out.add(issue(
                        "8615",
                        ERROR,
                        "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
                        referral));
            }
            if (s.conferenceDate() != null && s.conferenceDate().isBefore(referral)) {
                out.add(issue(
                        "1104",
                        ERROR,
                        "The date of the initial child protection conference cannot be before the referral date",
                        referral));
            }
            if (s.conferenceDate() != null
                    && (s.conferenceDate().isBefore(year.start())
                            || s.conferenceDate().isAfter(year.censusDate()))) {
                out.add(issue(
                        "8715",
                        ERROR,
                        "Date of Initial Child Protection Conference must fall within the census year",
                        referral));
            }
            if (s.conferenceDate() == null
                    && !s.conferenceNotRequired()
                    && s.startDate().isBefore(year.start())) {
                out.add(issue(
                        "8740",
                        ERROR,
                        "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
                        referral));
            }
            if (s.conferenceDate() != null && weekend(s.conferenceDate())) {
                out.add(issue(
                        "8875",
                        ERROR,
                        "The Date of Initial Child Protection Conference cannot be a weekend",
                        referral));
            }
            if (s.conferenceTarget() != null && weekend(s.conferenceTarget())) {
                out.add(issue(
                        "8870Q",
                        QUERY,
                        "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
                        referral));
            }
            if (s.conferenceDate() == null
                    && !s.conferenceNotRequired()
                    && s.conferenceTarget() != null
                    && s.conferenceTarget().isBefore(year.censusDate())) {
                out.add(issue(
                        "8675Q",
                        QUERY,
                        "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
                        referral));
            }
        }
        if (e.section47s().stream()
                        .filter(s -> s.conferenceDate() == null && !s.conferenceNotRequired())
                        .count()
                > 1) {
            out.add(issue(
                    "8839", ERROR, "Within one CINDetails group there are 2 or more open S47 Assessments", referral));
        }
        if (e.initialConference() != null && e.section47s().stream().anyMatch(s -> s.conferenceDate() != null)) {
            out.add(issue(
                    "2884",
                    ERROR,
                    "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
                    referral));
        }
        if (!e.section47s().isEmpty() && e.assessments().isEmpty()) {
            out.add(issue(
                    "2991Q",
                    QUERY,
                    "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
                    referral));
        }
    }

    private static void cpPlans(CollectionYear year, Episode e, List<Issue> out) {
        LocalDate referral = e.referralDate();
        List<CpPlanLine> plans = e.cpPlans();
        var conferences = new ArrayList<LocalDate>();
        e.section47s().stream()
                .map(Section47Line::conferenceDate)
                .filter(Objects::nonNull)
                .forEach(conferences::add);
        if (e.initialConference() != null) {
            conferences.add(e.initialConference());
        }
        for (CpPlanLine p : plans) {
            if (p.startDate().isBefore(referral)) {
                out.add(issue(
                        "1105",
                        ERROR,
                        "The child protection plan start date cannot be before the referral date",
                        referral));
            }
            boolean startsInYear = !p.startDate().isBefore(year.start());
            if (startsInYear && !conferences.contains(p.startDate())) {
                out.add(issue(
                        "2885",
                        ERROR,
                        "Child protection plan shown as starting a different day to the initial child protection conference.",
                        referral));
            }
            if (p.endDate() != null && p.endDate().isBefore(p.startDate())) {
                out.add(issue("8925", ERROR, "Child Protection Plan End Date earlier than Start Date", referral));
            }
            if (p.endDate() != null && p.endDate().equals(p.startDate())) {
                out.add(issue("8840", ERROR, "Child Protection Plan cannot start and end on the same day", referral));
            }
            if (p.endDate() != null && p.endDate().isBefore(year.start())) {
                out.add(issue(
                        "8930", ERROR, "Child Protection Plan End Date must fall within the census year", referral));
            }
            if (p.reviews().stream().anyMatch(r -> !r.isAfter(p.startDate()))) {
                out.add(issue(
                        "8841",
                        ERROR,
                        "The review date cannot be on the same day or before the Child protection Plan start date.",
                        referral));
            }
        }
        if (plans.stream().filter(p -> p.endDate() == null).count() > 1) {
            out.add(issue(
                    "8935",
                    ERROR,
                    "This child is showing more than one open Child Protection plan, i.e. with no End Date",
                    referral));
        }
        if (anyOverlap(plans, CpPlanLine::startDate, CpPlanLine::endDate)) {
            out.add(issue("8940", ERROR, "Child Protection Plan data contains overlapping dates", referral));
        }
        long startingInYear = plans.stream()
                .filter(p -> !p.startDate().isBefore(year.start()))
                .count();
        long conferencesInYear =
                conferences.stream().filter(d -> !d.isBefore(year.start())).count();
        if (startingInYear > conferencesInYear) {
            out.add(issue(
                    "2883",
                    ERROR,
                    "There are more child protection plans starting than initial conferences taking place",
                    referral));
        }
    }

    private static void episodesTogether(ChildReturn child, List<Issue> out) {
        List<Episode> episodes = child.episodes();
        List<Episode> open = episodes.stream()
                .filter(e -> e.closureDate() == null && !e.noFurtherAction())
                .toList();
        if (open.size() > 1) {
            out.add(issue(
                    "8815",
                    ERROR,
                    "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
                    null));
        }
        LocalDate latest = episodes.stream()
                .map(Episode::referralDate)
                .max(LocalDate::compareTo)
                .orElse(null);
        for (Episode e : open) {
            if (!e.referralDate().equals(latest)) {
                out.add(issue(
                        "8816",
                        ERROR,
                        "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
                        e.referralDate()));
            }
        }
        for (Episode a : episodes) {
            for (Episode b : episodes) {
                if (a != b
                        && !b.referralDate().isBefore(a.referralDate())
                        && ((a.closureDate() != null && b.referralDate().isBefore(a.closureDate()))
                                || (a.closureDate() == null && !a.noFurtherAction()))) {
                    out.add(issue(
                            "8820", ERROR, "The dates on the CIN episodes for this child overlap", b.referralDate()));
                }
            }
        }
    }

    private static List<Issue> returnAsAWhole(List<ChildReturn> children) {
        var out = new ArrayList<Issue>();
        duplicates(children, c -> c.child().councilChildId())
                .forEach(id ->
                        out.add(issue("8510", ERROR, "More than one child record with the same LA Child ID", null)));
        duplicates(children, c -> c.child().upn())
                .forEach(upn -> out.add(issue("1520", ERROR, "More than one record with the same UPN.", null)));
        List<Child> born = children.stream()
                .map(ChildReturn::child)
                .filter(c -> c.dateOfBirth() != null)
                .toList();
        if (!born.isEmpty() && born.stream().filter(c -> "U".equals(c.sex())).count() * 100 > 2L * born.size()) {
            out.add(issue(
                    "2886Q",
                    QUERY,
                    "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
                    null));
        }
        long codes = children.stream()
                .flatMap(c -> c.child().disabilities().stream())
                .filter(d -> !"NONE".equals(d))
                .distinct()
                .count();
        if (codes < 8) {
            out.add(issue(
                    "2887Q",
                    QUERY,
                    "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
                    null));
        }
        boolean anyDisabled = children.stream()
                .anyMatch(c -> c.child().disabilities().stream().anyMatch(d -> !"NONE".equals(d)));
        if (anyDisabled
                && children.stream()
                        .noneMatch(c -> c.child().disabilities().stream()
                                        .filter(d -> !"NONE".equals(d))
                                        .count()
                                > 1)) {
            out.add(issue(
                    "2888Q",
                    QUERY,
                    "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
                    null));
        }
        return out;
    }

    /** 45 working days after an assessment's start (Working Together), where the bank holidays are known. */
    private static final Function<LocalDate, java.util.Optional<LocalDate>> WORKING_DAYS = start ->
            org.familysafeguarding.caseload.domain.calendar.WorkingDayCalendar.ENGLAND_AND_WALES.plusWorkingDays(
                    start, 45);

    private static Stream<LocalDate> activityDates(Episode e) {
        var dates = new ArrayList<LocalDate>();
        e.assessments().forEach(a -> {
            dates.add(a.startDate());
            dates.add(a.authorisationDate());
        });
        e.cinPlans().forEach(p -> {
            dates.add(p.startDate());
            dates.add(p.endDate());
        });
        e.section47s().forEach(s -> {
            dates.add(s.startDate());
            dates.add(s.conferenceDate());
        });
        e.cpPlans().forEach(p -> {
            dates.add(p.startDate());
            dates.add(p.endDate());
        });
        dates.add(e.initialConference());
        return dates.stream().filter(Objects::nonNull);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Two spans share a day beyond one ending the day the other starts (an open end runs on). */
    private static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return (aEnd == null || bStart.isBefore(aEnd)) && (bEnd == null || aStart.isBefore(bEnd));
    }

    private static <T> boolean anyOverlap(List<T> spans, Function<T, LocalDate> start, Function<T, LocalDate> end) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                if (overlap(
                        start.apply(spans.get(i)),
                        end.apply(spans.get(i)),
                        start.apply(spans.get(j)),
                        end.apply(spans.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> Collection<String> duplicates(List<ChildReturn> children, Function<ChildReturn, String> key) {
        var seen = new HashMap<String, Integer>();
        children.stream().map(key).filter(Objects::nonNull).forEach(k -> seen.merge(k, 1, Integer::sum));
        return seen.entrySet().stream()
                .filter(en -> en.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Issue issue(String rule, Severity severity, String message, LocalDate referralDate) {
        return new Issue(rule, severity, message, referralDate);
    }
}
