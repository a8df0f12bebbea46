package org.familysafeguarding.contracts.domain.tender;

import java.util.UUID;

/** A mark against one criterion: pass/fail for a mandatory criterion, a score for a quality one. */
public record Mark(UUID criterionId, Boolean passed, Integer score, String note) {}
