package org.familysafeguarding.caseload.rest.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/** FHIR JSON in and out: strict on input (an unknown element is an error, not silently dropped). */
@ApplicationScoped
public class FhirJson {

    private final FhirContext context;

    public FhirJson(FhirContext context) {
        this.context = context;
    }

    /** @throws ca.uhn.fhir.parser.DataFormatException when the text is not a FHIR R4 resource */
    public IBaseResource parse(String json) {
        IParser parser = context.newJsonParser();
        parser.setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(json);
    }

    public String write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    public Response response(int status, IBaseResource resource) {
        return Response.status(status)
                .type(FhirSupport.FHIR_JSON)
                .entity(write(resource))
                .build();
    }
}
