package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The running local stack: its addresses, its demo users, and real tokens from its Keycloak. */
final class Stack {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final String REALM = KEYCLOAK + "/realms/family-safeguarding";
    static final Map<String, String> SERVICES = Map.of(
            "contracts", "http://127.0.0.1:8081",
            "partners", "http://127.0.0.1:8082",
            "caseload", "http://127.0.0.1:8083");
    static final String WEB_CLIENT = "family-safeguarding-cli";

    record DemoUser(String username, String password, String role, String council, String agencyId) {}

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static List<DemoUser> users;

    private Stack() {}

    static synchronized List<DemoUser> demoUsers() {
        if (users == null) {
            Path csv = Path.of(System.getProperty("stack.root", ".."), "deploy", "local", "demo-users.csv");
            try {
                List<String> lines = Files.readAllLines(csv);
                List<String> header = List.of(lines.get(0).split(",", -1));
                users = lines.stream()
                        .skip(1)
                        .filter(l -> !l.isBlank())
                        .map(l -> l.split(",", -1))
                        .map(cells -> new DemoUser(
                                cells[header.indexOf("username")],
                                cells[header.indexOf("password")],
                                cells[header.indexOf("role")],
                                cells[header.indexOf("council")],
                                cells[header.indexOf("agency_id")]))
                        .toList();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the demo users at " + csv, e);
            }
        }
        return users;
    }

    /** The first demo user with this role (and, if given, this council). */
    static DemoUser user(String role, String council) {
        return demoUsers().stream()
                .filter(u -> u.role().equals(role) && (council == null || council.equals(u.council())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo user with role " + role));
    }

    /** A real access token for the user, by the password grant of the public client. */
    static String tokenFor(DemoUser user) {
        return TOKENS.computeIfAbsent(
                user.username(),
                name -> given().formParam("grant_type", "password")
                        .formParam("client_id", WEB_CLIENT)
                        .formParam("username", user.username())
                        .formParam("password", user.password())
                        .when()
                        .post(REALM + "/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token"));
    }

    static String tokenFor(String role) {
        return tokenFor(user(role, null));
    }

    /** A real access token for an integration's service account (client credentials, demo secret). */
    static String serviceToken(String clientId) {
        return TOKENS.computeIfAbsent("client:" + clientId, name -> {
            Path csv = Path.of(System.getProperty("stack.root", ".."), "deploy", "local", "demo-service-accounts.csv");
            String secret;
            try {
                secret = Files.readAllLines(csv).stream()
                        .map(l -> l.split(",", -1))
                        .filter(c -> c[0].equals(clientId))
                        .map(c -> c[1])
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("No service account " + clientId));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the service accounts at " + csv, e);
            }
            return given().formParam("grant_type", "client_credentials")
                    .formParam("client_id", clientId)
                    .formParam("client_secret", secret)
                    .when()
                    .post(REALM + "/protocol/openid-connect/token")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("access_token");
        });
    }

    /** A local stack secret from .stack/secrets.env (written by deploy/local/stack). */
    static String secret(String key) {
        Path secrets = Path.of(System.getProperty("stack.root", ".."), ".stack", "secrets.env");
        try {
            return Files.readAllLines(secrets).stream()
                    .filter(l -> l.startsWith(key + "="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("'", "").replace("\"", ""))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + key + " in " + secrets));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + secrets, e);
        }
    }

    /** Kafka client settings that authenticate to the local broker as one of its users (SCRAM-SHA-512). */
    static Map<String, Object> kafkaClient(String user, Map<String, Object> settings) {
        Map<String, Object> config = new java.util.HashMap<>(settings);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + secret("KAFKA_" + user.toUpperCase() + "_PASSWORD") + "\";");
        return config;
    }
}
