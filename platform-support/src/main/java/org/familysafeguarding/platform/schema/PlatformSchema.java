package org.familysafeguarding.platform.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

/**
 * The tables platform-support runs on (outbox, inbox, audit trail, scheduled runs) as one Flyway location that
 * every service applies before its own migrations, with a history table of its own, so that the schema is written
 * once and each service's migrations hold only what the service owns.
 *
 * <p>Databases made before the platform owned its tables carry them in the service's own history (as the service's
 * V1 outbox and inbox, its audit entry, audit checkpoint, scheduled run and sealed-afterwards migrations). Such a
 * database is taken over once, without touching a row: the platform history starts at the version those migrations
 * had reached, and the service history is repaired (the platform's migrations in it marked deleted, its trimmed V1
 * given its new checksum).
 */
public final class PlatformSchema {

    public static final String HISTORY_TABLE = "platform_schema_history";
    public static final String LOCATION = "db/platform";

    /** In version order; {@code PlatformSchemaTest} checks the list against the folder. */
    public static final List<String> MIGRATIONS = List.of(
            "V1__outbox_and_inbox.sql",
            "V2__audit_entry.sql",
            "V3__audit_checkpoint.sql",
            "V4__scheduled_run.sql",
            "V5__audit_sealed_afterwards.sql",
            "V6__audit_checkpoint_own_trigger_function.sql",
            "V7__audit_not_truncated.sql",
            "V8__outbox_append_position.sql");

    /** The services' own migrations that used to create the platform's tables, by description, and the platform version each stands for. */
    static final Map<String, Integer> SERVICE_MIGRATIONS_OF_THE_PLATFORM = Map.of(
            "agency outbox inbox", 1,
            "partner agency outbox inbox", 1,
            "audit entry", 2,
            "audit checkpoint", 3,
            "scheduled run", 4,
            "audit sealed afterwards", 5);

    private static final Logger LOG = Logger.getLogger(PlatformSchema.class);

    private PlatformSchema() {}

    /** Applies the platform's pending migrations to the service's database, in the service's schema. */
    public static void migrate(Configuration service) {
        platformFlyway(service)
                .baselineOnMigrate(true) // a schema that already has the service's history but no platform history yet
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * Takes over a database whose platform tables were made by the service's own migrations: once, before the
     * service's Flyway validates its history.
     */
    public static void takeOverFromServiceMigrations(Configuration service) {
        Optional<Integer> reached = platformVersionInServiceHistory(service);
        if (reached.isEmpty()) {
            return;
        }
        LOG.infof(
                "platform tables made by the service's own migrations (platform version %d): taking them over",
                reached.get());
        Flyway.configure().configuration(service).load().repair();
        try {
            platformFlyway(service)
                    .baselineVersion(String.valueOf(reached.get()))
                    .baselineDescription("tables made by the service migrations")
                    .load()
                    .baseline();
        } catch (FlywayException e) {
            // another instance starting at the same moment took the database over first
            if (platformVersionInServiceHistory(service).isPresent()) {
                throw e;
            }
        }
    }

    /** The platform version the service's history reached, when the platform's own history does not exist yet. */
    static Optional<Integer> platformVersionInServiceHistory(Configuration service) {
        try (Connection connection = service.getDataSource().getConnection()) {
            String schema = schemaOf(service, connection);
            if (tableExists(connection, schema, HISTORY_TABLE)
                    || !tableExists(connection, schema, service.getTable())) {
                return Optional.empty();
            }
            int reached = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select description from \"" + schema + "\".\""
                            + service.getTable() + "\" where success and version is not null")) {
                while (rows.next()) {
                    reached = Math.max(reached, SERVICE_MIGRATIONS_OF_THE_PLATFORM.getOrDefault(rows.getString(1), 0));
                }
            }
            return reached == 0 ? Optional.empty() : Optional.of(reached);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema history", e);
        }
    }

    private static String schemaOf(Configuration service, Connection connection) throws SQLException {
        if (service.getDefaultSchema() != null) {
            return service.getDefaultSchema();
        }
        return service.getSchemas().length > 0 ? service.getSchemas()[0] : connection.getSchema();
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(null, schema, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** The platform's own Flyway on the service's data source and schemas, with its own history table. */
    private static FluentConfiguration platformFlyway(Configuration service) {
        return Flyway.configure(PlatformSchema.class.getClassLoader())
                .dataSource(service.getDataSource())
                .schemas(service.getSchemas())
                .defaultSchema(service.getDefaultSchema())
                .table(HISTORY_TABLE)
                .resourceProvider(new ListedMigrations(LOCATION, MIGRATIONS, PlatformSchema.class.getClassLoader()));
    }
}
