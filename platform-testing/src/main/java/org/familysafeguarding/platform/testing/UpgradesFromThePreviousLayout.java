package org.familysafeguarding.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * A service's database as the main branch made it before the platform owned its tables (a dump of the demo stack,
 * in schema {@value #SCHEMA} of the service's test database) upgrades in place: every row of every table is there
 * afterwards, unchanged, the platform's history starts where the service's own migrations left its tables, and the
 * next start finds nothing to do.
 */
public abstract class UpgradesFromThePreviousLayout {

    static final String SCHEMA = "previous_main";
    static final String PLATFORM_HISTORY = "platform_schema_history";

    /** The service's test database, e.g. {@code partners_test} (its role has the same name and password). */
    protected abstract String testDatabase();

    /** platform-support's {@code PlatformSchemaFirst}, as the service's Flyway gets it. */
    protected abstract FlywayConfigurationCustomizer platformSchema();

    /** The gzipped plain dump on the test class path, e.g. {@code previous-main/partners.sql.gz}. */
    protected abstract String dump();

    @BeforeEach
    void restoreThePreviousDatabase() throws Exception {
        String script;
        try (InputStream in = new GZIPInputStream(getClass().getClassLoader().getResourceAsStream(dump()))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute(script);
        }
    }

    @Test
    void keeps_every_row_of_every_table_and_hands_the_platform_tables_to_the_platform() throws Exception {
        Map<String, List<String>> columnsBefore = columns();
        Map<String, String> before = contents(columnsBefore);
        assertThat(before)
                .containsKeys("outbox_message", "processed_event", "audit_entry", "audit_checkpoint", "scheduled_run");

        // the service's own migrations newer than the dump run too: every row must survive them as well
        upgrade().migrate();

        Map<String, String> after = contents(columnsBefore);
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(platformVersions()).containsExactly("5", "6", "7", "8");
        // the relay now sends in append position; the rows that were there keep the order it used to send them in
        assertThat(outboxIds("position")).isEqualTo(outboxIds("occurred_at, id"));
    }

    @Test
    void starts_afterwards_with_nothing_to_do_and_a_valid_history() throws Exception {
        upgrade().migrate();
        Map<String, String> once = contents();

        Flyway again = upgrade();
        again.validate();
        assertThat(again.migrate().migrationsExecuted).isZero();
        assertThat(contents()).isEqualTo(once);
    }

    @Test
    void an_empty_schema_gets_the_platform_tables_before_the_services() throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        upgrade().migrate();

        assertThat(contents())
                .containsKeys("outbox_message", "processed_event", "audit_entry", "audit_checkpoint", "scheduled_run");
        assertThat(platformVersions()).endsWith("1", "2", "3", "4", "5", "6", "7", "8");
    }

    private Flyway upgrade() {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url(), testDatabase(), testDatabase())
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/migration");
        platformSchema().customize(configuration);
        return configuration.load();
    }

    /** Each table's columns, the schema histories left out. */
    private Map<String, List<String>> columns() throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                        + " where table_schema = '" + SCHEMA + "' and table_name not in ('flyway_schema_history', '"
                        + PLATFORM_HISTORY + "') order by table_name, ordinal_position")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        return columns;
    }

    /** Each table's row count and a digest of all its rows. */
    private Map<String, String> contents() throws SQLException {
        return contents(columns());
    }

    /**
     * Each table's row count and a digest of its rows in these columns: a later migration may add a column, and the
     * rows must still hold every value they held.
     */
    private Map<String, String> contents(Map<String, List<String>> columns) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (var table : columns.entrySet()) {
                String row = "row("
                        + String.join(
                                ", ",
                                table.getValue().stream()
                                        .map(c -> "t.\"" + c + "\"")
                                        .toList()) + ")::text";
                try (ResultSet result = statement.executeQuery("select count(*) || ' rows ' || coalesce(md5(string_agg("
                        + row + ", '|' order by " + row + ")), '') from " + SCHEMA + ".\"" + table.getKey() + "\" t")) {
                    result.next();
                    contents.put(table.getKey(), result.getString(1));
                }
            }
        }
        return contents;
    }

    private List<String> outboxIds(String order) throws SQLException {
        return firstColumn("select id from " + SCHEMA + ".outbox_message order by " + order);
    }

    private List<String> platformVersions() throws SQLException {
        return firstColumn(
                "select version from " + SCHEMA + "." + PLATFORM_HISTORY + " where success order by installed_rank");
    }

    private List<String> firstColumn(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), testDatabase(), testDatabase());
    }

    private String url() {
        return "jdbc:postgresql://127.0.0.1:5432/" + testDatabase();
    }
}
