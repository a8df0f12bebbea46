package org.familysafeguarding.contracts.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The evaluation panel: logins of commissioners of the same council.")
public record PanelRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 255) String> evaluators) {}
