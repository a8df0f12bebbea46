package org.familysafeguarding.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Whether the services agree: what partners-service owns counted against the copies caseload- and
 * contracts-service keep of it, contracts that went live against caseload's commissions, every
 * intervention against contracts' copy, and for each contract the interventions caseload-service holds for
 * it against those contracts-service counts for it (same agency, council, days and service).
 */
final class Consistency {

    /** One comparison: a name and the figure each database gave (null where that database has no copy). */
    record Check(String what, Long partners, Long contracts, Long caseload) {
        boolean agrees() {
            var figures = new ArrayList<Long>();
            for (Long f : new Long[] {partners, contracts, caseload}) {
                if (f != null) {
                    figures.add(f);
                }
            }
            return figures.stream().distinct().count() <= 1;
        }
    }

    record Result(List<Check> checks, int contractsCompared, List<String> contractsDisagreeing) {
        boolean agrees() {
            return checks.stream().allMatch(Check::agrees) && contractsDisagreeing.isEmpty();
        }
    }

    // the partner service each specialism's allocation is for (caseload-service's Specialism)
    private static final String SERVICE_OF_SPECIALISM = """
            case a.specialism when 'DOMESTIC_ABUSE_VICTIM_SURVIVOR' then 'DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT'
                              when 'DOMESTIC_ABUSE_PERPETRATOR' then 'DOMESTIC_ABUSE_PERPETRATOR_WORK'
                              when 'SUBSTANCE_USE' then 'SUBSTANCE_USE'
                              when 'MENTAL_HEALTH' then 'MENTAL_HEALTH' end""";

    private static final String CASELOAD_PER_CONTRACT = """
            select cc.contract_id, count(*)
              from commissioned_contract cc
              join intervention i on i.agency_id = cc.agency_id and i.council_code = cc.council_code
                                 and i.voided_at is null
                                 and i.occurred_on between cc.live_on and coalesce(cc.ended_on, current_date)
              join allocation a on a.id = i.allocation_id
             where cc.live_on is not null
               and (a.specialism = 'LEAD_SOCIAL_WORK' or exists (select 1 from commissioned_service s
                     where s.contract_id = cc.contract_id and s.service = %s))
             group by cc.contract_id""".formatted(SERVICE_OF_SPECIALISM);

    // as contracts-service's RecordedInterventionRepository counts for a KPI, over the contract's whole life
    private static final String CONTRACTS_PER_CONTRACT = """
            select c.id, count(*)
              from contract c
              join recorded_intervention i on i.agency_id = c.agency_id and i.council_code = c.council_code
                                          and i.voided_at is null
                                          and i.occurred_on between c.live_on and coalesce(c.ended_on, current_date)
             where c.live_on is not null
               and (i.service is null or exists (select 1 from contract_service s
                     where s.contract_id = c.id and s.service = i.service))
             group by c.id""";

    private final Connections connections;

    Consistency(Connections connections) {
        this.connections = connections;
    }

    Result check() throws SQLException {
        try (Connection p = connections.open(Database.PARTNERS);
                Connection k = connections.open(Database.CONTRACTS);
                Connection c = connections.open(Database.CASELOAD)) {
            var checks = new ArrayList<Check>();
            checks.add(new Check(
                    "agencies",
                    count(p, "select count(*) from agency"),
                    count(k, "select count(*) from partner_agency"),
                    count(c, "select count(*) from partner_agency")));
            checks.add(new Check(
                    "councils",
                    count(p, "select count(*) from council"),
                    count(k, "select count(*) from council"),
                    count(c, "select count(*) from council")));
            checks.add(new Check(
                    "council child populations",
                    count(p, "select count(*) from council_child_population"),
                    null,
                    count(c, "select count(*) from council_child_population")));
            checks.add(new Check(
                    "practitioners",
                    count(p, "select count(*) from practitioner"),
                    count(k, "select count(*) from practitioner"),
                    count(c, "select count(*) from practitioner")));
            checks.add(new Check(
                    "teams",
                    count(p, "select count(*) from team"),
                    count(k, "select count(*) from team"),
                    count(c, "select count(*) from team")));
            // caseload keeps one row per practitioner and team (the latest stint), contracts each stint
            checks.add(new Check(
                    "team memberships (stints)",
                    count(p, "select count(*) from team_membership"),
                    count(k, "select count(*) from team_membership"),
                    null));
            checks.add(new Check(
                    "team members (practitioner and team)",
                    count(p, "select count(distinct (team_id, practitioner_id)) from team_membership"),
                    null,
                    count(c, "select count(*) from team_membership")));
            checks.add(new Check(
                    "information-sharing agreements",
                    count(p, "select count(*) from sharing_agreement"),
                    null,
                    count(c, "select count(*) from sharing_agreement")));
            checks.add(new Check(
                    "agreement parties",
                    count(p, "select count(*) from sharing_agreement_party"),
                    null,
                    count(c, "select count(*) from sharing_agreement_agency")));
            checks.add(new Check(
                    "accreditations (accredited)",
                    count(p, "select count(*) from accreditation where status = 'ACCREDITED'"),
                    count(k, "select count(*) from agency_accreditation where lapsed_on is null"),
                    null));
            checks.add(new Check(
                    "contracts that went live",
                    null,
                    count(k, "select count(*) from contract where live_on is not null and agency_id is not null"),
                    count(c, "select count(*) from commissioned_contract where live_on is not null")));
            checks.add(new Check(
                    "interventions",
                    null,
                    count(k, "select count(*) from recorded_intervention"),
                    count(c, "select count(*) from intervention")));
            checks.add(new Check(
                    "interventions voided",
                    null,
                    count(k, "select count(*) from recorded_intervention where voided_at is not null"),
                    count(c, "select count(*) from intervention where voided_at is not null")));

            Map<String, Long> inContracts = perContract(k, CONTRACTS_PER_CONTRACT);
            Map<String, Long> inCaseload = perContract(c, CASELOAD_PER_CONTRACT);
            var ids = new TreeSet<String>();
            try (Statement s = k.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select id from contract where live_on is not null and agency_id is not null")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            ids.addAll(inCaseload.keySet());
            var disagreeing = new ArrayList<String>();
            for (String id : ids) {
                long a = inContracts.getOrDefault(id, 0L);
                long b = inCaseload.getOrDefault(id, 0L);
                if (!Objects.equals(a, b)) {
                    disagreeing.add(id + ": contracts " + a + ", caseload " + b);
                }
            }
            return new Result(checks, ids.size(), disagreeing);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> perContract(Connection c, String sql) throws SQLException {
        var out = new HashMap<String, Long>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
