package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.contracts.support.Api.CONTRACTS;
import static org.familysafeguarding.contracts.support.Api.asCouncil;
import static org.familysafeguarding.contracts.support.Api.contract;

import jakarta.inject.Inject;

import org.familysafeguarding.contracts.support.Councils;
import org.familysafeguarding.platform.testing.BadTokens;
import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.RefusesBadTokens;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** contracts-service refuses bad tokens: no contract is read or planned with one (in a council with none yet). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class BadTokenTest extends RefusesBadTokens {

    @Inject
    Councils councils;

    String council;

    @BeforeEach
    void aCouncilWithNoContracts() {
        council = councils.known();
    }

    @Override
    protected String spoiled(BadTokens.Defect defect) {
        return defect.token("someone-commissioner", "commissioner", council);
    }

    @Override
    protected String list() {
        return CONTRACTS;
    }

    @Override
    protected String newRecord(String marker) {
        return contract(council, null);
    }

    @Override
    protected long recordsWith(String marker) {
        return asCouncil("commissioner", council)
                .when()
                .get(CONTRACTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }
}
