package org.familysafeguarding.partners.rest.dto;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.CheckType;

/** The checks a council makes mandatory before it commissions an agency. */
@Schema(name = "DueDiligencePolicy")
public record DueDiligencePolicyResponse(Set<CheckType> mandatoryChecks) {}
