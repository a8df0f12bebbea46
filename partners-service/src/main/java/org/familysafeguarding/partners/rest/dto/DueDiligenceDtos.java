package org.familysafeguarding.partners.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.Accreditation;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChange;
import org.familysafeguarding.partners.domain.duediligence.CheckOutcome;
import org.familysafeguarding.partners.domain.duediligence.CheckType;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheck;

/** Requests and responses of due diligence and accreditation. */
public final class DueDiligenceDtos {

    private DueDiligenceDtos() {
    }

    @Schema(name = "DueDiligencePolicy")
    public record Policy(@NotNull @Size(max = 8) Set<@NotNull CheckType> mandatoryChecks) {
    }

    @Schema(name = "RecordCheckRequest")
    public record RecordCheck(
            @NotNull CheckType type,
            @NotNull CheckOutcome outcome,
            @Schema(description = "Credit score; required for CREDIT_CHECK") @Min(0) @Max(100) Integer score,
            @NotBlank @Size(max = 200) String evidenceReference,
            @NotNull @PastOrPresent LocalDate checkedOn,
            @NotNull LocalDate expiresOn) {

        public DueDiligenceCheck.Details toDetails() {
            return new DueDiligenceCheck.Details(type, outcome, score, evidenceReference, checkedOn, expiresOn);
        }
    }

    @Schema(name = "DueDiligenceCheck")
    public record Check(UUID id, UUID agencyId, String councilCode, CheckType type, CheckOutcome outcome,
            Integer score, String evidenceReference, String checkedBy, LocalDate checkedOn, LocalDate expiresOn,
            Instant recordedAt) {

        public static Check of(DueDiligenceCheck c) {
            return new Check(c.id(), c.agencyId(), c.councilCode(), c.type(), c.outcome(), c.score(),
                    c.evidenceReference(), c.checkedBy(), c.checkedOn(), c.expiresOn(), c.recordedAt());
        }
    }

    @Schema(name = "AccreditationChange")
    public record Change(Accreditation.Status status, LocalDate changedOn, LocalDate validUntil, String reason,
            Set<String> checkTypes) {

        static Change of(AccreditationChange c, boolean withReasons) {
            return withReasons ? new Change(c.status(), c.changedOn(), c.validUntil(), c.reason(), c.checkTypes())
                    : new Change(c.status(), c.changedOn(), c.validUntil(), null, null);
        }
    }

    @Schema(name = "Accreditation")
    public record AccreditationView(String councilCode, Accreditation.Status status, LocalDate since,
            LocalDate validUntil, List<Change> history) {

        /**
         * @param withReasons whether the caller may know why it changed (which checks failed or lapsed): the
         *        agency itself and the council that checked it; a competitor sees status and dates only
         */
        public static AccreditationView of(Accreditation a, List<AccreditationChange> changes, boolean withReasons) {
            return new AccreditationView(a.councilCode(), a.status(), a.since(), a.validUntil(),
                    changes.stream().filter(c -> c.councilCode().equals(a.councilCode()))
                            .map(c -> Change.of(c, withReasons)).toList());
        }
    }
}
