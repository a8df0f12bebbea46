package org.familysafeguarding.caseload.rest.dto;

import java.util.List;
import java.util.UUID;

import org.familysafeguarding.caseload.domain.plan.PlanKind;
import org.familysafeguarding.caseload.service.FamilyContext;

/** The family as a practitioner working with one of its adults sees it: first names, ages and current plans. */
public record FamilyContextResponse(UUID adultId, UUID familyId, List<Child> children) {

    public record Child(
            UUID childId, String givenName, Integer ageInYears, boolean unborn, List<PlanKind> currentPlans) {}

    public static FamilyContextResponse of(FamilyContext.Context context) {
        return new FamilyContextResponse(
                context.adultId(),
                context.familyId(),
                context.children().stream()
                        .map(c -> new Child(c.childId(), c.givenName(), c.ageInYears(), c.unborn(), c.currentPlans()))
                        .toList());
    }
}
