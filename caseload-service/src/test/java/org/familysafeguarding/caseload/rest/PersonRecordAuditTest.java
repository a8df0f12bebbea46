package org.familysafeguarding.caseload.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.familysafeguarding.caseload.rest.CaseloadFixtures.*;

import jakarta.inject.Inject;

import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditEntry;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** No audit, no access: every read or change of a person's record leaves an entry, refusals too. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class PersonRecordAuditTest {

    @Inject
    AuditTrail audit;

    @Test
    void creating_reading_and_finding_a_child_are_each_audited_against_the_child() {
        String[] made = familyWithChild(COUNCIL);
        String sw = socialWorker(COUNCIL);
        given().auth().oauth2(sw).when().get(BASE + "/children/" + made[1]).then().statusCode(200);
        given().auth().oauth2(sw).when().get(BASE + "/families/" + made[0]).then().statusCode(200);

        var entries = audit.forChild(made[1], 0, 100);
        assertThat(entries).extracting(e -> e.action).containsExactly(AuditAction.CREATE, AuditAction.READ,
                AuditAction.READ);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.outcome).isEqualTo("ALLOWED");
            assertThat(e.organisation).isEqualTo(COUNCIL);
            assertThat(e.username).isEqualTo("sw-" + COUNCIL);
        });
    }

    @Test
    void an_attempt_on_another_councils_child_is_refused_as_absent_and_audited_as_denied() {
        String[] made = familyWithChild(OTHER_COUNCIL);
        given().auth().oauth2(socialWorker(COUNCIL)).when().get(BASE + "/children/" + made[1]).then().statusCode(404);

        AuditEntry last = audit.forChild(made[1], 0, 100).getLast();
        assertThat(last.outcome).isEqualTo("DENIED");
        assertThat(last.organisation).isEqualTo(COUNCIL);
        assertThat(last.recordType).isEqualTo("child");
        assertThat(audit.verify()).isEmpty();
    }
}
