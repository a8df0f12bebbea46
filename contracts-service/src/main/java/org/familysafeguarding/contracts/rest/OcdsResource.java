package org.familysafeguarding.contracts.rest;

import static org.familysafeguarding.platform.security.Roles.*;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.contracts.service.OcdsPublication;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** OCDS 1.1 publication of one contracting process, for whoever may read the contract. Organisation names only. */
@Path("/api/contracts/v1/contracts/{id}/ocds")
@Tag(name = "OCDS publication")
@Produces(MediaType.APPLICATION_JSON)
public class OcdsResource {

    private final OcdsPublication publication;

    public OcdsResource(OcdsPublication publication) {
        this.publication = publication;
    }

    @GET
    @RolesAllowed({COMMISSIONER, PARTNERSHIP_ADMIN, ANALYST, AUDITOR, PROVIDER_MANAGER})
    @Operation(
            summary = "The contracting process as an OCDS 1.1 release package",
            description =
                    "Planning, tender, award, contract, implementation, contractAmendment and contractTermination "
                            + "releases as far as the contract has gone; budget breakdown and metrics extensions.")
    public ObjectNode releasePackage(@PathParam("id") UUID contractId) {
        return publication.releasePackage(contractId);
    }
}
