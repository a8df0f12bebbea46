package org.familysafeguarding.bench.scale;

import static org.familysafeguarding.bench.scale.Schema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.familysafeguarding.bench.scale.PartnerAgencies.Agency;
import org.familysafeguarding.bench.scale.PartnerAgencies.Service;

/**
 * One council's partnership as partners-service and contracts-service own it: the council, its in-house
 * agency, teams and workers, the partner agencies it commissions (accredited, under an information-sharing
 * agreement, each service bought by a chain of contracts whose latest is live from before the casework
 * starts), KPIs - and the copies caseload-service and contracts-service keep of it.
 */
final class Partnership {

    /** Protected caseloads of the invented teams (open allocations at 1.0 FTE), as demo_families.py sets them. */
    static final Map<String, Integer> TEAM_LIMITS = new LinkedHashMap<>();

    static {
        TEAM_LIMITS.put("SOCIAL_WORKER", 18);
        TEAM_LIMITS.put("CONSULTANT_SOCIAL_WORKER", 16);
        TEAM_LIMITS.put("TEAM_MANAGER", 6);
        TEAM_LIMITS.put("ADULT_PRACTITIONER_SUBSTANCE_USE", 14);
        TEAM_LIMITS.put("ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR", 14);
        TEAM_LIMITS.put("ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM", 14);
        TEAM_LIMITS.put("MENTAL_HEALTH_PRACTITIONER", 14);
    }

    static final int PLANNED_SOCIAL_WORK = 12;
    static final int PLANNED_ADULT_WORK = 8;
    static final int SOCIAL_WORKERS_PER_TEAM = 6;
    static final List<String> POLICY_CHECKS = List.of("SAFEGUARDING_POLICY", "INSURANCE", "DATA_PROTECTION");

    record Worker(
            UUID id,
            UUID agencyId,
            String given,
            String family,
            String role,
            double fte,
            String registrationBody,
            String registrationNumber,
            LocalDate miTrainedOn,
            LocalDate start,
            String login,
            int team) {
        double limit() {
            return TEAM_LIMITS.getOrDefault(role, 14) * fte;
        }
    }

    record Team(UUID id, String name, Worker manager, List<Worker> socialWorkers) {}

    record Contract(
            UUID id,
            Agency agency,
            Service service,
            LocalDate awardedOn,
            LocalDate startDate,
            LocalDate initialEnd,
            LocalDate endedOn,
            double annualValue) {}

    final CouncilRegister.Entry council;
    final LocalDate asOf;
    final LocalDate historyStart;
    final LocalDate formed;
    final UUID inHouseId;
    final String inHouseName;
    final List<Team> teams = new ArrayList<>();
    final List<Worker> workers = new ArrayList<>();
    final Map<Specialism, List<Worker>> specialists = new EnumMap<>(Specialism.class);
    final List<Contract> contracts = new ArrayList<>();
    final Map<Service, Contract> live = new EnumMap<>(Service.class);
    private final SplittableRandom rng;
    private final int contractsWanted;

    Partnership(
            long seed,
            CouncilRegister.Entry council,
            LocalDate asOf,
            int years,
            PartnerAgencies agencies,
            int contractsWanted,
            Families.Census census) {
        this.council = council;
        this.asOf = asOf;
        this.historyStart = asOf.minusYears(years);
        this.formed = historyStart.minusDays(460);
        this.contractsWanted = contractsWanted;
        this.rng = new SplittableRandom(Identifiers.seed(seed, 2, council.index()));
        this.inHouseId = Identifiers.uuid(rng);
        this.inHouseName = council.shortName() + " Family Safeguarding Service";
        commission(agencies);
        workforce(census);
    }

    private void commission(PartnerAgencies agencies) {
        Service[] services = Service.values();
        int chains = services.length;
        LocalDate liveOn = historyStart.minusDays(420);
        for (int s = 0; s < chains; s++) {
            Service service = services[s];
            // spread the wanted number of contracts over the services' chains; the latest of each is live
            int length = contractsWanted / chains + (s < contractsWanted % chains ? 1 : 0);
            LocalDate start = liveOn.minusDays(rng.nextInt(0, 60));
            LocalDate end = asOf.plusDays(rng.nextInt(365, 1100));
            for (int j = 0; j < Math.max(1, length); j++) {
                Agency agency = agencies.provider(service, council.index(), j);
                var contract = new Contract(
                        Identifiers.uuid(rng),
                        agency,
                        service,
                        start.minusDays(90),
                        start,
                        j == 0 ? end : start.plusYears(3).minusDays(1),
                        j == 0 ? null : start.plusYears(3).minusDays(1),
                        rng.nextInt(150, 900) * 1000.0);
                contracts.add(contract);
                if (j == 0) {
                    live.put(service, contract);
                }
                end = start.minusDays(1);
                start = start.minusYears(3);
            }
        }
    }

    private void workforce(Families.Census census) {
        int socialWorkers = Math.max(2, (int) Math.ceil(census.openFamilies() / (double) PLANNED_SOCIAL_WORK));
        int teamCount = Math.max(1, (int) Math.ceil(socialWorkers / (double) SOCIAL_WORKERS_PER_TEAM));
        int perTeam = Math.max(2, (int) Math.ceil(socialWorkers / (double) teamCount));
        String key = council.key();
        for (int t = 0; t < teamCount; t++) {
            Worker manager = worker(inHouseId, "TEAM_MANAGER", key + "-fst" + (t + 1) + "-tm", t, 1.0);
            var sws = new ArrayList<Worker>();
            for (int n = 0; n < perTeam; n++) {
                sws.add(worker(
                        inHouseId, "SOCIAL_WORKER", String.format("%s-fst%d-sw%02d", key, t + 1, n + 1), t, 1.0));
            }
            teams.add(new Team(
                    Identifiers.uuid(rng), council.shortName() + " Family Safeguarding Team " + (t + 1), manager, sws));
        }
        for (Specialism specialism : Specialism.values()) {
            Agency provider = live.get(Service.valueOf(specialism.service)).agency();
            int n = Math.max(1, (int) Math.ceil(census.openNeed(specialism) / (double) PLANNED_ADULT_WORK));
            var list = new ArrayList<Worker>();
            for (int i = 0; i < n; i++) {
                list.add(worker(
                        provider.id(),
                        specialism.role,
                        String.format("%s-%s%02d", key, specialism.abbreviation, i + 1),
                        i % teamCount,
                        rng.nextDouble() < 0.7 ? 1.0 : 0.8));
            }
            specialists.put(specialism, list);
        }
        for (Service service : Service.values()) {
            if (service.extraRole != null && !service.extraRole.equals("MENTAL_HEALTH_PRACTITIONER")) {
                String abbreviation = service.name().substring(0, 3).toLowerCase();
                for (int i = 0; i < 2; i++) {
                    worker(
                            live.get(service).agency().id(),
                            service.extraRole,
                            String.format("%s-%s%02d", key, abbreviation, i + 1),
                            i % teamCount,
                            0.6);
                }
            }
        }
    }

    private Worker worker(UUID agency, String role, String login, int team, double fte) {
        boolean female = rng.nextBoolean();
        String given = Names.pick(rng, female ? Names.GIVEN_F : Names.GIVEN_M);
        String family = Names.pick(rng, Names.WORKER_SURNAMES);
        LocalDate start = formed.minusDays(rng.nextInt(30, 900));
        String body = null;
        String number = null;
        switch (role) {
            case "SOCIAL_WORKER", "TEAM_MANAGER" -> {
                body = "SOCIAL_WORK_ENGLAND";
                number = "SW" + rng.nextInt(100_000, 10_000_000);
            }
            case "MENTAL_HEALTH_PRACTITIONER" -> {
                body = "NMC";
                number = rng.nextInt(10, 99) + "" + "ABCDEFGHJ".charAt(rng.nextInt(9)) + rng.nextInt(1000, 9999)
                        + "ABCDEFGHJKLMN".charAt(rng.nextInt(13));
            }
            case "CLINICAL_PSYCHOLOGIST" -> {
                body = "HCPC";
                number = "PYL" + rng.nextInt(10_000, 99_999);
            }
            default -> {}
        }
        LocalDate mi = rng.nextDouble() < 0.8 ? start.plusDays(rng.nextInt(30, 300)) : null;
        var w = new Worker(
                Identifiers.uuid(rng), agency, given, family, role, fte, body, number, mi, start, login, team);
        workers.add(w);
        return w;
    }

    Team team(int familyIndex) {
        return teams.get(familyIndex % teams.size());
    }

    /** The agencies this council deals with: its in-house one and every provider of its contracts. */
    List<Agency> partners() {
        return contracts.stream().map(Contract::agency).distinct().toList();
    }

    // ------------------------------------------------------------------ rows

    void writeCouncil(Rows rows) {
        LocalDate adopted = historyStart.minusDays(480);
        String created = Dates.at(adopted.minusDays(30), 9);
        int phone = 960_100 + 2 * council.index();
        String inHours = "01632 " + phone;
        String outOfHours = "01632 " + (phone + 1);
        double key = 500_000;
        double officer = 1_000_000;
        double cabinetMember = 3_000_000;
        rows.add(
                P_COUNCIL,
                council.code(),
                council.name(),
                council.laNumber(),
                adopted,
                inHours,
                outOfHours,
                key,
                officer,
                cabinetMember,
                created,
                created,
                0);
        rows.add(K_COUNCIL, council.code(), council.name(), key, officer, cabinetMember, created, created);
        rows.add(
                C_COUNCIL,
                council.code(),
                council.name(),
                council.laNumber(),
                adopted,
                created,
                created,
                inHours,
                outOfHours);
        int year = asOf.getYear() - 1;
        rows.add(P_COUNCIL_POPULATION, council.code(), year, council.childPopulation());
        rows.add(C_COUNCIL_POPULATION, council.code(), year, council.childPopulation());
        rows.add(P_POLICY, council.code(), council.key() + "-partnership-admin", created, 0);
        for (String check : POLICY_CHECKS) {
            rows.add(P_POLICY_CHECK, council.code(), check);
        }
        // the council's own staff: an in-house agency of this council only
        rows.add(
                P_AGENCY,
                inHouseId,
                inHouseName,
                "IN_HOUSE",
                null,
                null,
                null,
                "platform-admin",
                created,
                created,
                0,
                council.code());
        rows.add(K_AGENCY, inHouseId, inHouseName, "IN_HOUSE", created, created);
        rows.add(C_AGENCY, inHouseId, inHouseName, "IN_HOUSE", created, created, created, council.code());
    }

    /** Partner agencies are the platform's, written once for every council that deals with them. */
    static void writeAgency(Rows rows, Agency agency, LocalDate registered) {
        String at = Dates.at(registered, 9);
        rows.add(
                P_AGENCY,
                agency.id(),
                agency.name(),
                agency.kind(),
                agency.charityNumber(),
                agency.companiesHouseNumber(),
                agency.odsCode(),
                "platform-admin",
                at,
                at,
                0,
                null);
        rows.add(P_AGENCY_SERVICE, agency.id(), agency.service().name());
        rows.add(K_AGENCY, agency.id(), agency.name(), agency.kind(), at, at);
        rows.add(C_AGENCY, agency.id(), agency.name(), agency.kind(), at, at, at, null);
    }

    void writeAccreditations(Rows rows) {
        LocalDate validUntil = asOf.plusDays(365);
        for (Agency agency : partners()) {
            LocalDate since = contracts.stream()
                    .filter(c -> c.agency().equals(agency))
                    .map(Contract::awardedOn)
                    .min(LocalDate::compareTo)
                    .orElseThrow()
                    .minusDays(30);
            String at = Dates.at(since, 11);
            // the accreditation renewed each year: the checks on record are the latest ones
            LocalDate checked = validUntil.minusYears(1);
            for (String type : POLICY_CHECKS) {
                rows.add(
                        P_CHECK,
                        Identifiers.uuid(rng),
                        agency.id(),
                        council.code(),
                        type,
                        "PASSED",
                        null,
                        "DD-" + council.laNumber() + "-" + type.substring(0, 3),
                        council.key() + "-commissioner",
                        checked,
                        validUntil,
                        Dates.at(checked, 11));
            }
            rows.add(
                    P_ACCREDITATION,
                    Identifiers.uuid(rng),
                    agency.id(),
                    council.code(),
                    "ACCREDITED",
                    since,
                    validUntil);
            rows.add(
                    P_ACCREDITATION_CHANGE,
                    Identifiers.uuid(rng),
                    agency.id(),
                    council.code(),
                    "ACCREDITED",
                    since,
                    validUntil,
                    null,
                    String.join(",", POLICY_CHECKS),
                    at);
            rows.add(K_ACCREDITATION, agency.id(), council.code(), since, validUntil, null, null, at);
        }
    }

    void writeWorkforce(Rows rows) {
        String at = Dates.at(formed, 9);
        for (Worker w : workers) {
            String since = Dates.at(w.start(), 9);
            rows.add(
                    P_PRACTITIONER,
                    w.id(),
                    w.agencyId(),
                    w.given(),
                    w.family(),
                    w.role(),
                    w.fte(),
                    w.registrationBody(),
                    w.registrationNumber(),
                    w.miTrainedOn(),
                    w.start(),
                    null,
                    w.login(),
                    since,
                    0);
            rows.add(K_PRACTITIONER, w.id(), w.agencyId(), w.role(), w.fte(), w.start(), null, since);
            rows.add(C_PRACTITIONER, w.id(), w.agencyId(), w.role(), w.fte(), w.start(), null, w.login(), since, since);
        }
        for (Team team : teams) {
            rows.add(
                    P_TEAM,
                    team.id(),
                    council.code(),
                    team.name(),
                    team.manager().id(),
                    formed,
                    at,
                    0);
            rows.add(K_TEAM, team.id(), council.code(), formed, at);
            rows.add(C_TEAM, team.id(), council.code(), team.manager().id(), formed, at);
            TEAM_LIMITS.forEach((role, cases) -> {
                rows.add(P_TEAM_LIMIT, team.id(), role, cases);
                rows.add(C_TEAM_LIMIT, team.id(), role, cases);
            });
        }
        // every worker but the managers is a member of their team from when it formed (or they started)
        for (Worker w : workers) {
            if (w.role().equals("TEAM_MANAGER")) {
                continue;
            }
            Team team = teams.get(w.team());
            LocalDate from = Dates.max(formed, w.start());
            UUID membership = Identifiers.uuid(rng);
            rows.add(P_MEMBERSHIP, membership, team.id(), w.id(), w.agencyId(), w.role(), w.fte(), from, null);
            rows.add(K_MEMBERSHIP, membership, w.id(), team.id(), council.code(), from, null, at);
            rows.add(C_MEMBERSHIP, team.id(), w.id(), council.code(), from, null, at);
        }
    }

    void writeAgreement(Rows rows) {
        UUID id = Identifiers.uuid(rng);
        LocalDate start = historyStart.minusDays(430);
        LocalDate end = asOf.plusYears(3);
        String signed = Dates.at(start.minusDays(14), 10);
        rows.add(
                P_AGREEMENT,
                id,
                council.code(),
                "Sharing what the Family Safeguarding teams and the commissioned adult-facing services need to keep "
                        + "children safe and support their parents.",
                start,
                end,
                asOf.plusDays(180),
                "SIGNED",
                null,
                null,
                council.key() + "-partnership-admin",
                signed,
                0);
        rows.add(C_AGREEMENT, id, council.code(), start, end, null, signed);
        for (Service service : Service.values()) {
            UUID agency = live.get(service).agency().id();
            rows.add(P_AGREEMENT_PARTY, id, agency);
            rows.add(C_AGREEMENT_AGENCY, id, agency);
        }
        for (String basis : List.of("UK_GDPR_ART_6_1_E", "UK_GDPR_ART_9_2_G", "DPA_2018_SCH_1_PARA_18")) {
            rows.add(P_AGREEMENT_BASIS, id, basis);
        }
        for (String category : List.of(
                "IDENTITY_AND_CONTACT",
                "FAMILY_AND_RELATIONSHIPS",
                "SAFEGUARDING_PLANS",
                "HEALTH_AND_MENTAL_HEALTH",
                "SUBSTANCE_USE",
                "ETHNICITY_AND_DISABILITY",
                "CRIMINAL_OFFENCES_AND_RISK")) {
            rows.add(P_AGREEMENT_CATEGORY, id, category);
        }
    }

    void writeContracts(Rows rows) {
        String commissioner = council.key() + "-commissioner";
        for (Contract c : contracts) {
            boolean ended = c.endedOn() != null;
            LocalDate created = c.awardedOn().minusDays(30);
            LocalDate mobilising = c.awardedOn().plusDays(7);
            LocalDate lastChange = ended ? c.endedOn() : c.startDate();
            String title =
                    council.shortName() + " Family Safeguarding: " + c.service().words();
            rows.add(
                    K_CONTRACT,
                    c.id(),
                    council.code(),
                    c.agency().id(),
                    c.service().contractServiceType(),
                    title,
                    "Adult-facing practitioners for the council's Family Safeguarding teams ("
                            + c.service().words() + ")",
                    ended ? "ENDED" : "LIVE",
                    ended ? "EXPIRED" : null,
                    c.startDate(),
                    c.initialEnd(),
                    "12+12",
                    c.initialEnd().minusDays(180),
                    60,
                    c.initialEnd(),
                    0,
                    0,
                    0,
                    mobilising,
                    c.awardedOn(),
                    c.startDate(),
                    c.endedOn(),
                    c.annualValue(),
                    "VAT_EXEMPT",
                    null,
                    Dates.at(created, 10),
                    Dates.at(lastChange, 10),
                    ended ? 4 : 3,
                    false);
            rows.add(K_CONTRACT_SERVICE, c.id(), c.service().name());
            transition(
                    rows,
                    c,
                    "PLANNED",
                    "AWARDED",
                    c.awardedOn(),
                    "CABINET",
                    c.agency().id(),
                    null,
                    commissioner);
            transition(rows, c, "AWARDED", "MOBILISING", mobilising, "OFFICER", null, null, commissioner);
            transition(rows, c, "MOBILISING", "LIVE", c.startDate(), "OFFICER", null, null, commissioner);
            if (ended) {
                transition(rows, c, "LIVE", "ENDED", c.endedOn(), "OFFICER", null, "EXPIRED", commissioner);
            }
            rows.add(
                    C_COMMISSION,
                    c.id(),
                    council.code(),
                    c.agency().id(),
                    c.startDate(),
                    c.initialEnd(),
                    c.endedOn(),
                    Dates.at(lastChange, 10));
            rows.add(C_COMMISSIONED_SERVICE, c.id(), c.service().name());
        }
        for (Specialism specialism : Specialism.values()) {
            Contract c = live.get(Service.valueOf(specialism.service));
            String at = Dates.at(c.startDate(), 12);
            for (String type : specialism.workTypes.stream().distinct().limit(2).toList()) {
                rows.add(
                        K_KPI,
                        Identifiers.uuid(rng),
                        c.id(),
                        council.code(),
                        type,
                        rng.nextInt(20, 200),
                        at,
                        at,
                        0,
                        null,
                        false);
            }
        }
    }

    private void transition(
            Rows rows,
            Contract c,
            String from,
            String to,
            LocalDate on,
            String level,
            UUID agency,
            String endReason,
            String by) {
        rows.add(
                K_TRANSITION,
                Identifiers.uuid(rng),
                c.id(),
                from,
                to,
                on,
                by,
                Dates.at(on, 15),
                "Cabinet Member for Children",
                level,
                "FS-" + council.laNumber() + "-" + c.service().ordinal(),
                null,
                agency,
                endReason,
                null);
    }
}
