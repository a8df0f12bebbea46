package org.familysafeguarding.caseload.rest.dto;

import java.util.List;

import org.familysafeguarding.caseload.domain.family.PossibleDuplicate;

/**
 * A person just recorded, with the records of the same council that may be the same person: flagged
 * for a practitioner to check, never refused.
 */
public record RecordedResponse<T>(T record, List<PossibleDuplicate> possibleDuplicates) {}
