package org.familysafeguarding.caseload.rest.fhir;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.familysafeguarding.caseload.domain.nhs.Requester;

/**
 * Who asks, on the NHS side. The organisation is the {@code NHSD-End-User-Organisation-ODS} header
 * (the NHS API convention: the care setting the user works in), or else the {@code ods_code} claim
 * the realm puts on the integration's service account (the organisation that runs it). The system
 * is the token's client ({@code azp}). The end user is the {@code NHSD-Session-URID} header, their
 * NHS role-profile id, when the calling system sends one. All are checked for form.
 */
@RequestScoped
public class NhsRequesters {

    public static final String ODS_HEADER = "NHSD-End-User-Organisation-ODS";
    public static final String END_USER_HEADER = "NHSD-Session-URID";
    public static final String ODS_CLAIM = "ods_code";

    private final JsonWebToken token;

    public NhsRequesters(JsonWebToken token) {
        this.token = token;
    }

    public Requester of(HttpHeaders headers) {
        String ods = headers.getHeaderString(ODS_HEADER);
        if (ods == null || ods.isBlank()) {
            ods = token.getClaim(ODS_CLAIM);
        }
        String system = token.getClaim("azp");
        if (system == null) {
            system = token.getClaim("preferred_username");
        }
        String user = headers.getHeaderString(END_USER_HEADER);
        return new Requester(
                ods == null ? null : ods.strip().toUpperCase(java.util.Locale.ROOT),
                system,
                user == null || user.isBlank() ? null : user.strip());
    }
}
