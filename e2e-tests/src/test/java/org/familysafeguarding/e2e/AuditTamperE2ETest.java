package org.familysafeguarding.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Someone with the database's keys switches the append-only guard off and changes one audit row by
 * hand: the auditor's verification through the gateway finds the row.
 */
class AuditTamperE2ETest {

    static final String VERIFY = Stack.GATEWAY + "/api/partners/v1/audit/verification";

    static Connection partnersDatabase() throws Exception {
        Path secrets = Path.of(System.getProperty("stack.root", ".."), ".stack", "secrets.env");
        String password = Files.readAllLines(secrets).stream()
                .filter(l -> l.startsWith("PARTNERS_DB_PASSWORD="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("'", "").replace("\"", ""))
                .findFirst()
                .orElseThrow();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/partners", "partners", password);
    }

    static JsonPath verification() {
        return given().auth()
                .oauth2(Stack.tokenFor(Stack.user("auditor", TenantFixtures.OWN_COUNCIL)))
                .when()
                .get(VERIFY)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static void setUsername(Connection db, long seq, String username) throws Exception {
        try (var statement = db.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
        }
        try (PreparedStatement update = db.prepareStatement("update audit_entry set username = ? where seq = ?")) {
            update.setString(1, username);
            update.setLong(2, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } finally {
            try (var statement = db.createStatement()) {
                statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
    }

    @Test
    void a_row_changed_by_hand_in_the_database_is_found_by_the_verification() throws Exception {
        // an audited read: a practitioner's record
        List<String> practitioners = given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", TenantFixtures.OWN_COUNCIL)))
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/agencies/" + TenantFixtures.OWN_AGENCY + "/practitioners")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        given().auth()
                .oauth2(Stack.tokenFor(Stack.user("partnership-admin", TenantFixtures.OWN_COUNCIL)))
                .when()
                .get(Stack.GATEWAY + "/api/partners/v1/practitioners/" + practitioners.get(0))
                .then()
                .statusCode(200);
        assertThat(verification().getBoolean("intact")).isTrue();

        try (Connection db = partnersDatabase()) {
            long seq;
            String username;
            try (ResultSet last = db.createStatement()
                    .executeQuery(
                            "select seq, username from audit_entry where seq is not null order by seq desc limit 1")) {
                assertThat(last.next()).isTrue();
                seq = last.getLong(1);
                username = last.getString(2);
            }
            setUsername(db, seq, "someone-else");
            try {
                JsonPath found = verification();
                assertThat(found.getBoolean("intact")).isFalse();
                assertThat(found.getLong("firstBrokenSeq")).isEqualTo(seq);
            } finally {
                setUsername(db, seq, username);
            }
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }
}
