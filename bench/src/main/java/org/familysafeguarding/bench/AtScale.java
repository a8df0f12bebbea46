package org.familysafeguarding.bench;

import static org.familysafeguarding.bench.StackApi.CASELOAD;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.familysafeguarding.bench.scale.Connections;
import org.familysafeguarding.bench.scale.CouncilRegister;
import org.familysafeguarding.bench.scale.Database;
import org.familysafeguarding.bench.scale.Scale;

/**
 * What the rows at scale call on: the largest council {@code stack load --scale} wrote (by children),
 * its partnership admin and commissioner, up to {@link #SOCIAL_WORKERS} of its social workers with the
 * most families open, and a substance-use practitioner of a commissioned agency with an adult open to
 * them and the live contract whose drug-test KPI counts what they record. The people are the load's own
 * practitioners (their logins), made Keycloak users by {@link KeycloakUsers}; nothing else is written.
 *
 * @param children      the council's children (all years)
 * @param interventions the council's interventions (all years)
 * @param kpi           the intervention-to-KPI flow, when the council has such a contract
 */
record AtScale(
        Scale scale,
        CouncilRegister.Entry council,
        long children,
        long interventions,
        String admin,
        String commissioner,
        Map<String, List<String>> childrenByUser,
        Optional<Scenarios.KpiFlow> kpi) {

    static final int SOCIAL_WORKERS = 12;

    static AtScale prepare(StackApi api, Options options, Scale scale, Consumer<String> progress) throws Exception {
        List<CouncilRegister.Entry> register = CouncilRegister.first(scale.councils());
        progress.accept("finding the largest council the " + scale.name() + " load wrote");
        Connections databases = Connections.ofStack(options.state(), Map.of());
        try (Connection caseload = readOnly(databases.open(Database.CASELOAD));
                Connection contracts = readOnly(databases.open(Database.CONTRACTS))) {
            String code;
            long children;
            try (PreparedStatement largest =
                    caseload.prepareStatement("select council_code, count(*) from child where council_code = any (?)"
                            + " group by council_code order by count(*) desc, council_code limit 1")) {
                largest.setArray(
                        1,
                        caseload.createArrayOf(
                                "varchar",
                                register.stream()
                                        .map(CouncilRegister.Entry::code)
                                        .toArray()));
                try (ResultSet row = largest.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("no council of the " + scale.name()
                                + " load is in caseload-service: run 'deploy/local/stack load --scale " + scale.name()
                                + "' first");
                    }
                    code = row.getString(1);
                    children = row.getLong(2);
                }
            }
            CouncilRegister.Entry council = register.stream()
                    .filter(e -> e.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            long interventions = count(caseload, "select count(*) from intervention where council_code = ?", code);

            progress.accept("signing in " + council.name() + "'s people (Keycloak users of the load's own logins)");
            KeycloakUsers keycloak = KeycloakUsers.signIn(api, options.state());
            String key = council.key();
            String admin = keycloak.ensure(key + "-partnership-admin", "partnership-admin", "council", code, "Admin")
                    .username();
            String commissioner = keycloak.ensure(
                            key + "-commissioner", "commissioner", "council", code, "Commissioner")
                    .username();
            List<String> socialWorkers = new ArrayList<>();
            for (String login : strings(caseload, """
                    select p.login from allocation a join practitioner p on p.id = a.practitioner_id
                    where a.council_code = ? and a.adult_id is null and a.to_date is null and p.login is not null
                    group by p.login order by count(*) desc, p.login limit %d""".formatted(SOCIAL_WORKERS), code)) {
                socialWorkers.add(keycloak.ensure(login, "social-worker", "council", code, "Worker")
                        .username());
            }
            Optional<Scenarios.KpiFlow> kpi = kpiFlow(caseload, contracts, keycloak, code, commissioner);

            progress.accept("listing the children each of " + council.name() + "'s social workers may read");
            Map<String, List<String>> childrenByUser = new LinkedHashMap<>();
            for (String user : socialWorkers) {
                List<String> ids = new ArrayList<>();
                Fixtures.items(api.ok(
                                api.get(CASELOAD, "/api/caseload/v1/children?size=50", user),
                                "the children of " + user))
                        .forEach(c -> ids.add(c.path("id").asText()));
                if (!ids.isEmpty()) {
                    childrenByUser.put(user, List.copyOf(ids));
                }
            }
            if (childrenByUser.isEmpty()) {
                throw new IllegalStateException("no social worker of " + council.name() + " may read a child");
            }
            return new AtScale(scale, council, children, interventions, admin, commissioner, childrenByUser, kpi);
        }
    }

    /** The substance-use worker with most adults open, one of those adults, and the contract that counts their tests. */
    private static Optional<Scenarios.KpiFlow> kpiFlow(
            Connection caseload, Connection contracts, KeycloakUsers keycloak, String code, String commissioner)
            throws SQLException {
        try (PreparedStatement worker = caseload.prepareStatement("""
                select p.login, a.agency_id, min(a.adult_id::text) from allocation a
                join practitioner p on p.id = a.practitioner_id
                where a.council_code = ? and a.specialism = 'SUBSTANCE_USE' and a.adult_id is not null
                    and a.to_date is null and p.login is not null
                group by p.login, a.agency_id order by count(*) desc, p.login limit 1""")) {
            worker.setString(1, code);
            try (ResultSet row = worker.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String login = row.getString(1);
                String agency = row.getString(2);
                String adult = row.getString(3);
                List<String> contract = strings(contracts, """
                        select c.id::text from contract c join kpi_target k on k.contract_id = c.id
                        where c.council_code = ? and c.state = 'LIVE' and c.agency_id = ?::uuid
                            and k.intervention_type = 'DRUG_TEST' order by c.id limit 1""", code, agency);
                if (contract.isEmpty()) {
                    return Optional.empty();
                }
                keycloak.ensure(login, "practitioner", "agency", agency, "Practitioner");
                return Optional.of(new Scenarios.KpiFlow(login, adult, "DRUG_TEST", contract.getFirst(), commissioner));
            }
        }
    }

    private static Connection readOnly(Connection connection) throws SQLException {
        connection.setReadOnly(true);
        return connection;
    }

    private static long count(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    /** Everyone the rows at scale call as. */
    List<String> users() {
        List<String> users = new ArrayList<>(List.of(admin, commissioner));
        users.addAll(childrenByUser.keySet());
        kpi.ifPresent(flow -> users.add(flow.writer()));
        return users;
    }

    List<String> socialWorkers() {
        return List.copyOf(childrenByUser.keySet());
    }
}
