package org.familysafeguarding.partners.rest;

import org.familysafeguarding.platform.testing.InVmKafka;
import org.familysafeguarding.platform.testing.ServesItsEventDocument;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InVmKafka.class)
class AsyncApiDocumentTest extends ServesItsEventDocument {

    @Override
    protected String service() {
        return "partners";
    }
}
