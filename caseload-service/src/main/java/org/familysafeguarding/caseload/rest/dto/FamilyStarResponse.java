package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarArea;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarReading;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarRepository;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarStage;
import org.familysafeguarding.caseload.service.FamilyStarRecords;

/** Family Star Plus answers. */
public final class FamilyStarResponse {

    private FamilyStarResponse() {}

    public record Reading(
            UUID id, UUID adultId, FamilyStarStage stage, LocalDate readingDate, Map<FamilyStarArea, Integer> scores) {

        public static Reading of(FamilyStarReading r) {
            return new Reading(r.id(), r.adultId(), r.stage(), r.readingDate(), new TreeMap<>(r.scores()));
        }
    }

    public record Journey(
            List<Reading> readings,

            @Schema(description = "Latest score minus start score, per area")
            Map<FamilyStarArea, Integer> distanceTravelled) {

        public static Journey of(FamilyStarRecords.Journey journey) {
            return new Journey(
                    journey.readings().stream().map(Reading::of).toList(), new TreeMap<>(journey.distanceTravelled()));
        }
    }

    public record Cohort(
            long parents,

            @Schema(description = "True when the cohort is too small (1-5 parents) to show to an analyst")
            boolean suppressed,

            List<FamilyStarRepository.AreaAverage> areas) {

        public static Cohort of(FamilyStarRecords.CohortView view) {
            return new Cohort(view.parents(), view.suppressed(), view.areas());
        }
    }
}
