package org.familysafeguarding.caseload.rest.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ca.uhn.fhir.context.FhirContext;

/** One FHIR R4 context for the service: building it reads the whole model, so it is made once. */
@ApplicationScoped
public class FhirSupport {

    public static final String FHIR_JSON = "application/fhir+json";

    @Produces
    @Singleton
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
