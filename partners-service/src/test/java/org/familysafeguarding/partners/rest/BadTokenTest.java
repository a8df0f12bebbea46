package org.familysafeguarding.partners.rest;

import static io.restassured.RestAssured.given;

import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.RefusesBadTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** partners-service refuses bad tokens: no agency is read or registered with one. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class BadTokenTest extends RefusesBadTokens {

    @Override
    protected String spoiled(BadTokens.Defect defect) {
        return defect.token("ws-partnership-admin", "partnership-admin", AgencyResourceTest.WEST_SUSSEX);
    }

    @Override
    protected String list() {
        return AgencyResourceTest.AGENCIES;
    }

    @Override
    protected String newRecord(String marker) {
        return """
                {"name": "%s Trust", "kind": "CHARITY", "charityNumber": "%s"}""".formatted(marker, AgencyResourceTest.charityNumber());
    }

    @Override
    protected long recordsWith(String marker) {
        return given().auth()
                .oauth2(AgencyResourceTest.admin())
                .queryParam("q", marker)
                .when()
                .get(list())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }
}
