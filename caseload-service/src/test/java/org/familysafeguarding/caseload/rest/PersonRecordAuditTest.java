package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;
import static org.familysafeguarding.platform.testing.TestTokens.councilStaff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditEntry;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** No audit, no access: every read or change of a person's record leaves an entry, refusals too. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PersonRecordAuditTest {

    @Inject
    AuditTrail audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void creating_reading_and_finding_a_child_are_each_audited_against_the_child() {
        String[] made = familyWithChild(COUNCIL);
        String sw = socialWorker(COUNCIL);
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/children/" + made[1])
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(sw)
                .when()
                .get(BASE + "/families/" + made[0])
                .then()
                .statusCode(200);

        var entries = audit.forChild(made[1], 0, 100);
        assertThat(entries)
                .extracting(e -> e.action)
                .containsExactly(AuditAction.CREATE, AuditAction.READ, AuditAction.READ);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.outcome).isEqualTo("ALLOWED");
            assertThat(e.organisation).isEqualTo(COUNCIL);
            assertThat(e.username).isEqualTo("sw-" + COUNCIL);
        });
    }

    @Test
    void an_attempt_on_another_councils_child_is_refused_as_absent_and_audited_as_denied() {
        String[] made = familyWithChild(OTHER_COUNCIL);
        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/children/" + made[1])
                .then()
                .statusCode(404);

        AuditEntry last = audit.forChild(made[1], 0, 100).getLast();
        assertThat(last.outcome).isEqualTo("DENIED");
        assertThat(last.organisation).isEqualTo(COUNCIL);
        assertThat(last.recordType).isEqualTo("child");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void when_the_audit_entry_cannot_be_written_the_request_fails_and_nothing_is_written() throws SQLException {
        String[] made = familyWithChild(COUNCIL);
        String token = councilStaff(unique("audit-blocked-"), "social-worker", COUNCIL);
        long entriesBefore = audit.countForChild(made[1]);
        sql(
                "create function refuse_audit_for_test() returns trigger language plpgsql as $$ begin "
                        + "if new.username like 'audit-blocked-%' then raise exception 'audit store unavailable'; end if; "
                        + "return new; end $$",
                "create trigger refuse_audit_for_test before insert on audit_entry for each row "
                        + "execute function refuse_audit_for_test()");
        try {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(BASE + "/children/" + made[1])
                    .then()
                    .statusCode(500)
                    .contentType("application/problem+json")
                    .body(not(containsString("Robin")));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(childJson("Ash", unique("Noaudit"), "2020-01-01", childId()))
                    .when()
                    .post(BASE + "/families/" + made[0] + "/children")
                    .then()
                    .statusCode(500);
        } finally {
            sql("drop trigger refuse_audit_for_test on audit_entry", "drop function refuse_audit_for_test()");
        }

        given().auth()
                .oauth2(socialWorker(COUNCIL))
                .when()
                .get(BASE + "/families/" + made[0])
                .then()
                .statusCode(200)
                .body("children", hasSize(1));
        assertThat(audit.countForChild(made[1])).isEqualTo(entriesBefore + 1);
        assertThat(audit.verify()).isEmpty();
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }
}
