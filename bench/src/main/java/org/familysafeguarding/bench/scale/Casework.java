package org.familysafeguarding.bench.scale;

import static org.familysafeguarding.bench.scale.Schema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.familysafeguarding.bench.scale.Families.AdultWork;
import org.familysafeguarding.bench.scale.Families.Child;
import org.familysafeguarding.bench.scale.Families.Episode;
import org.familysafeguarding.bench.scale.Families.Family;
import org.familysafeguarding.bench.scale.Families.Plan;
import org.familysafeguarding.bench.scale.Partnership.Worker;

/**
 * Writes one council's families as caseload-service keeps them, and each intervention also as
 * contracts-service's copy (recorded_intervention), with the service of its allocation as caseload-service's
 * event says. Who is allocated is decided here, family after family: a case still open at the as-of date goes
 * to the worker of the kind with most room under their caseload limit, a closed one to any.
 */
final class Casework {

    static final Map<String, String> NOTES = Map.of(
            "HOME_VISIT", "Home visit; home conditions and the children's routine discussed.",
            "ONE_TO_ONE_SESSION", "One-to-one session on the goals of the plan.",
            "DRUG_TEST", "Test taken at the session.",
            "ALCOHOL_TEST", "Breath test taken at the session.",
            "CORE_GROUP", "Core group meeting attended; actions reviewed.",
            "MOTIVATIONAL_INTERVIEWING_SESSION", "Motivational interviewing: readiness to change explored.",
            "GROUP_PROGRAMME_SESSION", "Group programme session attended.",
            "JOINT_VISIT", "Joint visit with the allocated social worker.");
    static final Map<String, String> CARE_CEASED =
            Map.of("RC1", "E11", "RC3", "E41", "RC4", "E45", "RC5", "E3", "RC7", "E8");
    private static final int[] DURATIONS = {30, 45, 60, 60, 90, 120};

    private final Families families;
    private final Partnership partnership;
    private final Identifiers.AdultSequence adultIds;
    private final double interventionsPerDay;
    private final String council;
    private final LocalDate asOf;
    private final Map<UUID, Integer> holding = new HashMap<>();
    private Identifiers.OrderedIds ids;

    Casework(
            Families families,
            Partnership partnership,
            Families.Census census,
            long interventions,
            Identifiers.AdultSequence adultIds) {
        this.families = families;
        this.partnership = partnership;
        this.adultIds = adultIds;
        this.interventionsPerDay = census.workDays() == 0 ? 0 : interventions / (double) census.workDays();
        this.council = partnership.council.code();
        this.asOf = partnership.asOf;
    }

    void write(int index, Rows rows) {
        Family f = families.family(index);
        SplittableRandom rng = families.random(index, 1);
        ids = new Identifiers.OrderedIds(partnership.council.index(), index, 0x1000, rng);
        LocalDate firstDay = f.episodes().get(0).referral;
        String created = Dates.at(firstDay, 10);
        rows.add(C_FAMILY, f.id(), council, f.name(), created, created, 0);
        for (Child c : f.children()) {
            rows.add(
                    C_CHILD,
                    c.id(),
                    f.id(),
                    council,
                    c.given(),
                    c.familyName(),
                    c.born(),
                    c.expected(),
                    c.sex(),
                    c.ethnicity(),
                    c.upn(),
                    c.nhsNumber(),
                    c.councilChildId(),
                    created,
                    created,
                    0);
            rows.add(C_DISABILITY, c.id(), c.disability());
        }
        var adultIdsOfFamily = new ArrayList<UUID>();
        for (Families.Adult a : f.adults()) {
            rows.add(
                    C_ADULT,
                    a.id(),
                    f.id(),
                    council,
                    a.given(),
                    a.familyName(),
                    a.born(),
                    a.hasNhsNumber() ? adultIds.nextNhsNumber() : null,
                    a.hasCrn() ? adultIds.nextCrn() : null,
                    created,
                    created,
                    0);
            adultIdsOfFamily.add(a.id());
            for (Child c : f.children()) {
                rows.add(C_RELATIONSHIP, a.id(), c.id(), a.relationship());
            }
        }
        var referralDates = new ArrayList<LocalDate>();
        boolean hadCpPlan = false;
        for (Episode e : f.episodes()) {
            boolean reReferral = referralDates.stream().anyMatch(p -> !e.referral.isAfter(p.plusMonths(12)));
            for (Child c : f.children()) {
                childCasework(rows, rng, f, e, c, reReferral, hadCpPlan);
            }
            hadCpPlan |= e.plans.stream().anyMatch(p -> p.kind().equals("CHILD_PROTECTION"));
            referralDates.add(e.referral);
            if (e.allocated()) {
                allocations(rows, rng, f, e, adultIdsOfFamily);
            }
        }
    }

    /** The child's referral, assessment, enquiry, plans and reviews in an episode. */
    private void childCasework(
            Rows rows, SplittableRandom rng, Family f, Episode e, Child c, boolean reReferral, boolean hadCpPlan) {
        UUID referral = ids.next();
        String at = Dates.at(e.referral, 11);
        rows.add(
                C_REFERRAL,
                referral,
                c.id(),
                f.id(),
                council,
                e.referral,
                e.source,
                e.need,
                e.outcome,
                reReferral,
                at,
                e.end == null ? at : Dates.at(e.end, 16),
                e.end == null ? 0 : 1,
                e.end,
                e.closureReason);
        if (!e.allocated()) {
            return;
        }
        UUID assessment = ids.next();
        Integer workingDays = e.authorised == null ? null : Dates.workingDays(e.assessmentStart, e.authorised);
        rows.add(
                C_ASSESSMENT,
                assessment,
                c.id(),
                referral,
                council,
                e.assessmentStart,
                e.authorised,
                workingDays,
                workingDays == null ? null : workingDays <= 45,
                Dates.at(e.assessmentStart, 12),
                Dates.at(e.authorised == null ? e.assessmentStart : e.authorised, 12),
                e.authorised == null ? 0 : 1);
        if (e.authorised != null) {
            for (String factor : f.factors()) {
                rows.add(C_ASSESSMENT_FACTOR, assessment, factor);
            }
        }
        if (e.path.equals("CP")) {
            LocalDate target = e.referral;
            for (int n = 0; n < 15; n++) {
                target = Dates.weekday(target.plusDays(1));
            }
            LocalDate held = e.conference.isAfter(asOf) ? null : e.conference;
            rows.add(
                    C_SECTION47,
                    ids.next(),
                    c.id(),
                    f.id(),
                    council,
                    referral,
                    e.referral,
                    target,
                    held,
                    false,
                    at,
                    held == null ? at : Dates.at(held, 14),
                    held == null ? 0 : 1);
        }
        boolean cp = hadCpPlan;
        for (Plan p : e.plans) {
            UUID plan = ids.next();
            boolean lookedAfter = p.kind().equals("LOOKED_AFTER");
            boolean isCp = p.kind().equals("CHILD_PROTECTION");
            String closure = lookedAfter && p.end() != null ? CARE_CEASED.get(p.reason()) : null;
            String planAt = Dates.at(p.start(), 13);
            rows.add(
                    C_PLAN,
                    plan,
                    c.id(),
                    f.id(),
                    council,
                    p.kind(),
                    p.start(),
                    p.end(),
                    closure,
                    p.category(),
                    p.category(),
                    isCp && cp,
                    p.legalStatus(),
                    planAt,
                    p.end() == null ? planAt : Dates.at(p.end(), 13),
                    p.end() == null ? 0 : 1);
            if (lookedAfter) {
                rows.add(C_LEGAL_STATUS, plan, p.start(), council, p.legalStatus(), planAt);
            }
            if (isCp) {
                cp = true;
                LocalDate last = p.end() == null ? asOf : Dates.min(p.end(), asOf);
                for (LocalDate on = Dates.weekday(p.start().plusDays(90));
                        on.isBefore(last);
                        on = Dates.weekday(on.plusDays(182))) {
                    rows.add(C_CP_REVIEW, plan, on, council, c.id(), Dates.at(on, 15));
                }
            }
        }
    }

    private void allocations(Rows rows, SplittableRandom rng, Family f, Episode e, List<UUID> adults) {
        Partnership.Team team = partnership.team(f.index());
        boolean stays = e.end == null;
        String by = team.manager().login();
        Worker lead = pick(rng, team.socialWorkers(), stays && e.handoverOn == null);
        UUID mother = adults.get(0);
        if (e.handoverOn != null) {
            Worker successor = pick(
                    rng, team.socialWorkers().stream().filter(w -> w != lead).toList(), stays);
            UUID first = ids.next();
            UUID second = ids.next();
            allocation(
                    rows,
                    first,
                    f,
                    null,
                    "LEAD_SOCIAL_WORK",
                    team.id(),
                    lead,
                    e.leadFrom,
                    e.handoverOn,
                    "Social worker moved to another team",
                    second,
                    by);
            interventions(rows, rng, f, mother, first, lead, null, e.leadFrom, e.handoverOn, Specialism.LEAD_WORK);
            allocation(
                    rows,
                    second,
                    f,
                    null,
                    "LEAD_SOCIAL_WORK",
                    team.id(),
                    successor,
                    e.handoverOn,
                    e.end,
                    e.end == null ? null : "Case closed",
                    null,
                    by);
            interventions(rows, rng, f, mother, second, successor, null, e.handoverOn, e.end, Specialism.LEAD_WORK);
        } else {
            UUID id = ids.next();
            allocation(
                    rows,
                    id,
                    f,
                    null,
                    "LEAD_SOCIAL_WORK",
                    team.id(),
                    lead,
                    e.leadFrom,
                    e.end,
                    e.end == null ? null : "Case closed",
                    null,
                    by);
            interventions(rows, rng, f, mother, id, lead, null, e.leadFrom, e.end, Specialism.LEAD_WORK);
        }
        for (AdultWork work : e.work) {
            Worker worker = pick(rng, partnership.specialists.get(work.need()), work.to() == null);
            UUID id = ids.next();
            UUID adult = adults.get(work.adult());
            allocation(
                    rows,
                    id,
                    f,
                    adult,
                    work.need().name(),
                    partnership.teams.get(worker.team()).id(),
                    worker,
                    work.from(),
                    work.to(),
                    work.to() == null ? null : "Case closed",
                    null,
                    by);
            interventions(
                    rows,
                    rng,
                    f,
                    adult,
                    id,
                    worker,
                    work.need().service,
                    work.from(),
                    work.to(),
                    work.need().workTypes);
        }
    }

    /** The worker with most room under their limit for a case that stays open; any of them for one that closed. */
    private Worker pick(SplittableRandom rng, List<Worker> workers, boolean stays) {
        if (!stays) {
            return workers.get(rng.nextInt(workers.size()));
        }
        Worker best = null;
        double room = Double.MAX_VALUE;
        for (Worker w : workers) {
            double load = holding.getOrDefault(w.id(), 0) / w.limit();
            if (load < room) {
                room = load;
                best = w;
            }
        }
        holding.merge(best.id(), 1, Integer::sum);
        return best;
    }

    private void allocation(
            Rows rows,
            UUID id,
            Family f,
            UUID adult,
            String specialism,
            UUID team,
            Worker w,
            LocalDate from,
            LocalDate to,
            String endReason,
            UUID replacedBy,
            String by) {
        String at = Dates.at(from, 12);
        rows.add(
                C_ALLOCATION,
                id,
                council,
                f.id(),
                adult,
                specialism,
                team,
                w.id(),
                w.agencyId(),
                from,
                to,
                endReason,
                replacedBy,
                by,
                at,
                to == null ? at : Dates.at(to, 16),
                to == null ? 0 : 1);
    }

    /** The work recorded under one allocation, at the load's rate, on days from its start to its end (or the as-of date). */
    private void interventions(
            Rows rows,
            SplittableRandom rng,
            Family f,
            UUID adult,
            UUID allocation,
            Worker w,
            String service,
            LocalDate from,
            LocalDate to,
            List<String> types) {
        LocalDate last = to == null ? asOf : Dates.min(to, asOf);
        long days = Dates.days(from, last) + 1;
        long n = (long) Math.floor(days * interventionsPerDay + rng.nextDouble());
        for (long i = 0; i < n; i++) {
            LocalDate on = from.plusDays(rng.nextLong(days));
            String type = types.get(rng.nextInt(types.size()));
            boolean test = type.equals("DRUG_TEST") || type.equals("ALCOHOL_TEST");
            String result = null;
            if (test) {
                int r = rng.nextInt(100);
                result = r < 70 ? "NEGATIVE" : r < 94 ? "POSITIVE" : "REFUSED";
            }
            int minutes = test ? 20 : DURATIONS[rng.nextInt(DURATIONS.length)];
            UUID id = ids.next();
            String recorded = Dates.at(on, 17);
            rows.add(
                    C_INTERVENTION,
                    id,
                    council,
                    f.id(),
                    adult,
                    allocation,
                    w.id(),
                    w.agencyId(),
                    type,
                    on,
                    minutes,
                    result,
                    NOTES.get(type),
                    rng.nextDouble() < 0.4,
                    recorded,
                    null,
                    null,
                    recorded,
                    0);
            rows.add(K_RECORDED_INTERVENTION, id, council, w.agencyId(), type, on, null, recorded, service, f.id());
        }
    }
}
