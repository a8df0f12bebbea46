package org.familysafeguarding.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Invented families and their casework, as deploy/local/lib/demo_families.py shapes them (referral,
 * assessment, section 47 enquiry and conference, CIN, CP, pre-proceedings and looked-after plans, re-referrals,
 * the needs of the parents), over the years of the load. A family is a pure function of the seed, its
 * council and its number, so it can be drawn twice: once to size the workforce, once to write it.
 */
final class Families {

    static final List<String> ETHNICITY = weighted(
            "WBRI", 70, "WOTH", 5, "MWBC", 3, "MWAS", 2, "MOTH", 2, "APKN", 3, "AIND", 2, "ABAN", 1, "BAFR", 3, "BCRB",
            1, "WIRT", 1, "WROM", 1, "CHNE", 1, "OOTH", 2, "NOBT", 3);
    static final List<String> SOURCES = weighted(
            "6", 30, "2A", 18, "3A", 5, "3B", 4, "3E", 4, "3F", 3, "1A", 7, "1B", 2, "1C", 1, "5A", 3, "5D", 6, "4", 3,
            "7", 4, "8", 5, "9", 2, "10", 1);
    static final List<String> NEEDS =
            weighted("N1", 60, "N2", 2, "N3", 2, "N4", 8, "N5", 3, "N6", 6, "N8", 8, "N9", 6, "N7", 1, "N0", 4);
    static final List<String> CATEGORIES = weighted("NEG", 50, "EMO", 35, "PHY", 7, "SAB", 4, "MUL", 4);
    static final List<String> DISABILITIES = List.of("LD", "AUT", "COMM", "BEH", "HEAR", "MOB", "CON");

    record Child(
            UUID id,
            String given,
            String familyName,
            LocalDate born,
            LocalDate expected,
            String sex,
            String ethnicity,
            String disability,
            String upn,
            String nhsNumber,
            String councilChildId) {}

    record Adult(
            UUID id,
            String given,
            String familyName,
            LocalDate born,
            boolean hasNhsNumber,
            boolean hasCrn,
            String relationship,
            Set<Specialism> needs) {}

    record Plan(String kind, LocalDate start, LocalDate end, String reason, String category, String legalStatus) {}

    /** Work with one parent for one need in an episode: from when, to when (null: still open). */
    record AdultWork(int adult, Specialism need, LocalDate from, LocalDate to) {}

    static final class Episode {
        LocalDate referral;
        String source;
        String need;
        String path;
        String outcome;
        LocalDate assessmentStart;
        LocalDate authorised;
        LocalDate conference;
        final List<Plan> plans = new ArrayList<>();
        LocalDate end;
        String closureReason;
        LocalDate leadFrom;
        LocalDate handoverOn;
        final List<AdultWork> work = new ArrayList<>();

        boolean allocated() {
            return !path.equals("NFA");
        }
    }

    record Family(
            int index,
            UUID id,
            String name,
            List<Child> children,
            List<Adult> adults,
            List<String> factors,
            List<Episode> episodes) {
        boolean openAtEnd() {
            return episodes.stream().anyMatch(e -> e.allocated() && e.end == null);
        }
    }

    private final long seed;
    private final CouncilRegister.Entry council;
    private final LocalDate asOf;
    private final LocalDate start;

    Families(long seed, CouncilRegister.Entry council, LocalDate asOf, int years) {
        this.seed = seed;
        this.council = council;
        this.asOf = asOf;
        this.start = asOf.minusYears(years);
    }

    /** The family's own random numbers (its people and casework). */
    SplittableRandom random(int index, int stream) {
        return new SplittableRandom(Identifiers.seed(seed, 3, council.index(), index, stream));
    }

    Family family(int index) {
        SplittableRandom rng = random(index, 0);
        var ids = new Identifiers.OrderedIds(council.index(), index, 0, rng);
        UUID id = ids.next();
        String surname = Names.pick(rng, Names.SURNAMES);
        LocalDate first = start.minusDays(rng.nextInt(0, 151));
        LocalDate referral = first.plusDays(rng.nextLong(0, Dates.days(first, asOf) - 2));
        int nChildren = choose(rng, new int[] {1, 2, 3, 4}, new int[] {30, 35, 22, 13});
        var factors = new TreeSet<String>();
        if (rng.nextDouble() < 0.55) {
            factors.add("3B");
        }
        if (rng.nextDouble() < 0.35) {
            factors.add(List.of("2B", "2B", "1B").get(rng.nextInt(3)));
        }
        if (rng.nextDouble() < 0.45) {
            factors.add("4B");
        }
        if (rng.nextDouble() < 0.3) {
            factors.add(List.of("16A", "17A", "18C", "5B", "6B").get(rng.nextInt(5)));
        }
        var children = new ArrayList<Child>();
        for (int n = 0; n < nChildren; n++) {
            boolean unborn = n == nChildren - 1 && referral.isAfter(asOf.minusDays(40)) && rng.nextDouble() < 0.3;
            String sex = rng.nextBoolean() ? "M" : "F";
            String given = Names.pick(rng, sex.equals("M") ? Names.GIVEN_M : Names.GIVEN_F);
            String ethnicity = Names.pick(rng, ETHNICITY);
            String disability = rng.nextDouble() < 0.08 ? Names.pick(rng, DISABILITIES) : "NONE";
            String childId = String.format("Z%03d%05d%d", council.index() % 1000, index % 100_000, n);
            LocalDate born = null;
            LocalDate expected = null;
            String upn = null;
            if (unborn) {
                sex = "U";
                expected = referral.plusDays(rng.nextInt(60, 151));
            } else {
                int ageDays = rng.nextInt(30, 15 * 365 + 1);
                born = referral.minusDays(ageDays);
                if (ageDays > 5 * 365 && rng.nextDouble() < 0.7) {
                    upn = Identifiers.upn(rng, council.laNumber(), born.getYear() + 5);
                }
            }
            String nhs = rng.nextDouble() < 0.9 ? Identifiers.randomNhsNumber(rng) : null;
            children.add(new Child(
                    ids.next(), given, surname, born, expected, sex, ethnicity, disability, upn, nhs, childId));
        }
        LocalDate eldest = children.stream()
                .map(c -> c.born() != null ? c.born() : referral)
                .min(LocalDate::compareTo)
                .orElseThrow();
        var adults = new ArrayList<Adult>();
        adults.add(adult(rng, ids, "MOTHER", "F", surname, eldest));
        double r = rng.nextDouble();
        if (r < 0.52) {
            adults.add(adult(
                    rng,
                    ids,
                    "FATHER",
                    "M",
                    rng.nextDouble() < 0.6 ? surname : Names.pick(rng, Names.SURNAMES),
                    eldest));
        } else if (r < 0.67) {
            adults.add(adult(rng, ids, "PARENTS_PARTNER", "M", Names.pick(rng, Names.SURNAMES), eldest));
        }
        if (rng.nextDouble() < 0.08) {
            adults.add(adult(rng, ids, "GRANDPARENT", rng.nextBoolean() ? "M" : "F", surname, eldest.minusDays(9000)));
        }
        var family = new Family(
                index,
                id,
                surname + " family",
                children,
                adults,
                factors.isEmpty() ? List.of("21") : List.copyOf(factors),
                new ArrayList<>());
        needs(rng, family);
        casework(rng, family, referral);
        return family;
    }

    private Adult adult(
            SplittableRandom rng,
            Identifiers.OrderedIds ids,
            String relationship,
            String sex,
            String surname,
            LocalDate eldest) {
        LocalDate born = eldest.minusDays(rng.nextInt(17 * 365, 38 * 365));
        String given = Names.pick(rng, sex.equals("F") ? Names.GIVEN_F : Names.GIVEN_M);
        boolean nhs = rng.nextDouble() < 0.85;
        boolean crn = sex.equals("M") && !relationship.equals("GRANDPARENT") && rng.nextDouble() < 0.35;
        return new Adult(ids.next(), given, surname, born, nhs, crn, relationship, EnumSet.noneOf(Specialism.class));
    }

    /** The adult-facing work the assessment's factors call for, and which parent it is with. */
    private void needs(SplittableRandom rng, Family family) {
        Adult mother = family.adults().get(0);
        Adult partner = family.adults().size() > 1
                        && !family.adults().get(1).relationship().equals("GRANDPARENT")
                ? family.adults().get(1)
                : null;
        var needs = new TreeSet<Specialism>();
        for (String factor : family.factors()) {
            switch (factor) {
                case "3B" -> {
                    needs.add(Specialism.DOMESTIC_ABUSE_VICTIM_SURVIVOR);
                    needs.add(Specialism.DOMESTIC_ABUSE_PERPETRATOR);
                }
                case "2B", "1B" -> needs.add(Specialism.SUBSTANCE_USE);
                case "4B" -> needs.add(Specialism.MENTAL_HEALTH);
                default -> {}
            }
        }
        for (Specialism need : needs) {
            switch (need) {
                case DOMESTIC_ABUSE_PERPETRATOR -> {
                    if (partner != null) {
                        partner.needs().add(need);
                    }
                }
                case DOMESTIC_ABUSE_VICTIM_SURVIVOR, MENTAL_HEALTH ->
                    mother.needs().add(need);
                case SUBSTANCE_USE ->
                    (partner != null && rng.nextDouble() < 0.5 ? partner : mother)
                            .needs()
                            .add(need);
            }
        }
    }

    /** One or two episodes for the whole sibling group: referral, assessment, plans, closure, allocations. */
    private void casework(SplittableRandom rng, Family family, LocalDate referral) {
        LocalDate when = referral;
        for (int n = 0; n < 2; n++) {
            Episode episode = episode(rng, when);
            family.episodes().add(episode);
            allocate(rng, family, episode);
            if (episode.end == null || rng.nextDouble() > 0.22) {
                break;
            }
            when = episode.end.plusDays(rng.nextInt(20, 421));
            if (!when.isBefore(asOf.minusDays(3))) {
                break;
            }
        }
    }

    private Episode episode(SplittableRandom rng, LocalDate referral) {
        var e = new Episode();
        e.referral = referral;
        e.source = Names.pick(rng, SOURCES);
        e.need = Names.pick(rng, NEEDS);
        e.path = List.of("NFA", "ASSESS_NFA", "CIN", "CP")
                .get(choose(rng, new int[] {0, 1, 2, 3}, new int[] {22, 23, 33, 22}));
        if (e.path.equals("NFA")) {
            e.outcome = "NO_FURTHER_ACTION";
            e.end = referral;
            e.closureReason = "RC8";
            return e;
        }
        e.outcome = e.path.equals("CP") ? "SECTION_47" : "ASSESSMENT";
        e.assessmentStart = referral.plusDays(rng.nextInt(0, 4));
        LocalDate authorised = e.assessmentStart.plusDays(rng.nextInt(12, 71));
        e.authorised = authorised.isAfter(asOf) ? null : authorised;
        switch (e.path) {
            case "ASSESS_NFA" -> {
                e.end = e.authorised;
                e.closureReason = rng.nextInt(3) < 2 ? "RC8" : "RC9";
            }
            case "CIN" -> {
                if (e.authorised != null) {
                    plan(
                            rng,
                            e,
                            "CHILD_IN_NEED",
                            e.authorised,
                            rng.nextInt(60, 561),
                            List.of("RC7", "RC7", "RC7", "RC5"),
                            false,
                            null);
                }
            }
            default -> {
                // an initial conference is not held at a weekend
                LocalDate conference = Dates.weekday(referral.plusDays(rng.nextInt(10, 16)));
                e.conference = conference;
                if (!conference.isAfter(asOf)) {
                    int length = choose(
                            rng,
                            new int[] {rng.nextInt(90, 331), rng.nextInt(330, 721), rng.nextInt(730, 821)},
                            new int[] {62, 33, 5});
                    Plan cp = plan(rng, e, "CHILD_PROTECTION", conference, length, List.of("RC7"), true, null);
                    LocalDate plo = conference.plusDays(rng.nextInt(60, 201));
                    int ploDays = Math.min(rng.nextInt(90, 161), length - (int) Dates.days(conference, plo));
                    if (rng.nextDouble() < 0.15 && !plo.isAfter(asOf.minusDays(2)) && ploDays >= 30) {
                        plan(rng, e, "PRE_PROCEEDINGS", plo, ploDays, List.of("RC7"), false, null);
                    }
                    if (cp.end() != null) {
                        double r = rng.nextDouble();
                        if (r < 0.10) {
                            plan(
                                    rng,
                                    e,
                                    "LOOKED_AFTER",
                                    cp.end(),
                                    rng.nextInt(200, 901),
                                    List.of("RC4", "RC3", "RC1", "RC5"),
                                    false,
                                    List.of("C2", "C1", "V2", "C2").get(rng.nextInt(4)));
                        } else if (r < 0.65) {
                            plan(
                                    rng,
                                    e,
                                    "CHILD_IN_NEED",
                                    cp.end(),
                                    rng.nextInt(90, 301),
                                    List.of("RC7", "RC7", "RC7", "RC5"),
                                    false,
                                    null);
                        }
                    }
                }
            }
        }
        if (!e.plans.isEmpty()) {
            boolean open = e.plans.stream().anyMatch(p -> p.end() == null);
            Plan last = e.plans.stream()
                    .filter(p -> p.end() != null)
                    .max((a, b) -> a.end().compareTo(b.end()))
                    .orElse(null);
            e.end = open ? null : last.end();
            e.closureReason = open ? null : last.reason();
        } else if (!e.path.equals("ASSESS_NFA")) {
            e.end = null;
        }
        if (e.end == null) {
            e.closureReason = null;
        }
        return e;
    }

    private Plan plan(
            SplittableRandom rng,
            Episode e,
            String kind,
            LocalDate start,
            int length,
            List<String> reasons,
            boolean category,
            String legal) {
        LocalDate end = start.plusDays(length);
        var plan = new Plan(
                kind,
                start,
                end.isAfter(asOf) ? null : end,
                reasons.get(rng.nextInt(reasons.size())),
                category ? Names.pick(rng, CATEGORIES) : null,
                legal);
        e.plans.add(plan);
        return plan;
    }

    /** When the lead social worker and the adult practitioners take the episode on (who is decided when writing). */
    private void allocate(SplittableRandom rng, Family family, Episode e) {
        if (!e.allocated()) {
            return;
        }
        e.leadFrom = Dates.min(e.referral.plusDays(rng.nextInt(1, 4)), asOf);
        long span = Dates.days(e.leadFrom, e.end == null ? asOf : e.end);
        if (span > 150 && rng.nextDouble() < 0.12) {
            e.handoverOn = e.leadFrom.plusDays(span / 2);
        }
        if (e.plans.isEmpty()) {
            return;
        }
        LocalDate workStart =
                e.plans.stream().map(Plan::start).min(LocalDate::compareTo).orElseThrow();
        for (int a = 0; a < family.adults().size(); a++) {
            for (Specialism need : family.adults().get(a).needs()) {
                LocalDate from = workStart.plusDays(rng.nextInt(3, 26));
                if (from.isAfter(asOf.minusDays(2)) || (e.end != null && !from.isBefore(e.end))) {
                    continue;
                }
                e.work.add(new AdultWork(a, need, from, e.end));
            }
        }
    }

    // ------------------------------------------------------------------ the census of a council's families

    /** What the first drawing of a council's families tells: how many, how many open, how much work. */
    record Census(int families, int children, int adults, int openFamilies, int[] openNeed, long workDays) {
        int openNeed(Specialism s) {
            return openNeed[s.ordinal()];
        }
    }

    /** Draws families until there are {@code children} children, and counts what the workforce needs. */
    Census census(int children) {
        int families = 0;
        int kids = 0;
        int adults = 0;
        int open = 0;
        int[] openNeed = new int[Specialism.values().length];
        long workDays = 0;
        while (kids < children) {
            Family f = family(families++);
            kids += f.children().size();
            adults += f.adults().size();
            if (f.openAtEnd()) {
                open++;
            }
            for (Episode e : f.episodes()) {
                if (!e.allocated()) {
                    continue;
                }
                workDays += Dates.days(e.leadFrom, e.end == null ? asOf : e.end) + 1;
                for (AdultWork w : e.work) {
                    workDays += Dates.days(w.from(), w.to() == null ? asOf : w.to()) + 1;
                    if (w.to() == null) {
                        openNeed[w.need().ordinal()]++;
                    }
                }
            }
        }
        return new Census(families, kids, adults, open, openNeed, workDays);
    }

    static int choose(SplittableRandom rng, int[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int slot = rng.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            if (slot < weights[i]) {
                return values[i];
            }
            slot -= weights[i];
        }
        return values[values.length - 1];
    }

    private static List<String> weighted(Object... pairs) {
        var out = new ArrayList<String>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (int n = 0; n < (Integer) pairs[i + 1]; n++) {
                out.add((String) pairs[i]);
            }
        }
        return List.copyOf(out);
    }
}
