package org.familysafeguarding.contracts.rest.dto;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.tender.Mark;
import org.familysafeguarding.platform.text.FreeText;

@Schema(
        description =
                "Marks of one bid: passed for a mandatory criterion, score for a quality one; price is never marked. "
                        + "For moderated marks the note is the rationale and is required.")
public record MarksRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull MarkRequest> marks) {

    public record MarkRequest(
            @NotNull UUID criterionId,
            Boolean passed,
            Integer score,
            @Size(max = 2000) @FreeText String note) {}

    public List<Mark> toMarks() {
        return marks.stream()
                .map(m -> new Mark(m.criterionId(), m.passed(), m.score(), m.note()))
                .toList();
    }
}
