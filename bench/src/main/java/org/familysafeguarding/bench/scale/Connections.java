package org.familysafeguarding.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the service databases are and how each service logs in: the local stack's PostgreSQL on
 * 127.0.0.1:5432, database and role named after the service, password from {@code .stack/secrets.env}
 * ({@code PARTNERS_DB_PASSWORD}, ...), as deploy/local/lib/services.sh gives them to the services. A JDBC URL
 * given for a database (with its user and password) replaces that.
 */
public final class Connections {

    private final Map<Database, String> urls = new EnumMap<>(Database.class);

    public Connections(Map<Database, String> urls) {
        this.urls.putAll(urls);
    }

    public static Connections ofStack(Path state, Map<Database, String> overrides) throws IOException {
        var urls = new EnumMap<Database, String>(Database.class);
        for (Database db : Database.values()) {
            String url = overrides.get(db);
            if (url == null) {
                String password = secret(state, db.name() + "_DB_PASSWORD");
                url = "jdbc:postgresql://127.0.0.1:5432/" + db.role() + "?user=" + db.role() + "&password=" + password;
            }
            urls.put(db, url);
        }
        return new Connections(urls);
    }

    private static String secret(Path state, String key) throws IOException {
        Path secrets = state.resolve("secrets.env");
        if (!Files.isReadable(secrets)) {
            throw new IOException("no " + secrets + ": is the stack of this checkout up (deploy/local/stack up)?");
        }
        return Files.readAllLines(secrets).stream()
                .filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1).replace("\"", "").replace("'", ""))
                .findFirst()
                .orElseThrow(() -> new IOException("no " + key + " in " + secrets));
    }

    public Connection open(Database db) throws SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("ApplicationName", "scale-load");
        return DriverManager.getConnection(urls.get(db), properties);
    }
}
