package org.familysafeguarding.caseload.messaging.inbound;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.familysafeguarding.platform.text.FreeText;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's tolerant copy of an HMPPS domain event (the envelope of
 * ministryofjustice/hmpps-domain-events, copied in {@code src/main/resources/hmpps/}). Only the
 * types in {@link #USED} are applied; descriptions and the detail URL are not kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HmppsDomainEvent(
        String eventType,
        Integer version,
        @FreeText String description,
        String detailUrl,
        String occurredAt,
        PersonReference personReference,
        Map<String, Object> additionalInformation) {

    public static final String REGISTRATION_ADDED = "probation-case.registration.added";
    public static final String REGISTRATION_UPDATED = "probation-case.registration.updated";
    public static final String REGISTRATION_DEREGISTERED = "probation-case.registration.deregistered";
    public static final String REGISTRATION_DELETED = "probation-case.registration.deleted";
    public static final String MANAGER_ALLOCATED = "person.community.manager.allocated";
    public static final String ENGAGEMENT_CREATED = "probation-case.engagement.created";
    public static final Set<String> USED = Set.of(
            REGISTRATION_ADDED,
            REGISTRATION_UPDATED,
            REGISTRATION_DEREGISTERED,
            REGISTRATION_DELETED,
            MANAGER_ALLOCATED,
            ENGAGEMENT_CREATED);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PersonReference(List<Identifier> identifiers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Identifier(String type, String value) {}

    public boolean used() {
        return USED.contains(eventType);
    }

    /** The CRN as written, if the person reference carries one. */
    public Optional<String> crn() {
        if (personReference == null || personReference.identifiers() == null) {
            return Optional.empty();
        }
        return personReference.identifiers().stream()
                .filter(id -> "CRN".equals(id.type()))
                .map(Identifier::value)
                .findFirst();
    }

    /** An additionalInformation field as text; blank and absent are both empty. */
    public Optional<String> info(String key) {
        if (additionalInformation == null) {
            return Optional.empty();
        }
        Object value = additionalInformation.get(key);
        return value == null || value.toString().isBlank()
                ? Optional.empty()
                : Optional.of(value.toString().strip());
    }
}
