package org.familysafeguarding.caseload.domain.nhs;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One current plan an NHS look-up discloses: what kind, since when, which council to call. The
 * child is the one the plan is for (for an unborn child, the child record of the pregnancy); the
 * NHS number is the one looked up. Nothing else of the record leaves.
 */
public record SafeguardingFlag(
        FlagKind kind,
        UUID planId,
        UUID childId,
        UUID familyId,
        String councilCode,
        String nhsNumber,
        LocalDate since) {}
