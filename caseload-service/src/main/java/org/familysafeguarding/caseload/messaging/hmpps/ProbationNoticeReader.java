package org.familysafeguarding.caseload.messaging.hmpps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.domain.identifier.InvalidIdentifier;
import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;
import org.familysafeguarding.caseload.domain.probation.HmppsDates;
import org.familysafeguarding.caseload.domain.probation.InvalidHmppsDate;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag.Registration;
import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.caseload.service.MalformedProbationEvent;
import org.familysafeguarding.caseload.service.ProbationNotice;
import org.familysafeguarding.caseload.service.ProbationNotices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an HMPPS domain event and maps it to the {@link ProbationNotice} the intake applies: the wire record stops
 * here, in the messaging layer.
 */
@ApplicationScoped
public class ProbationNoticeReader implements ProbationNotices {

    private final ObjectMapper json;

    public ProbationNoticeReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ProbationNotice read(String key, String payload) {
        try {
            return check(key, json.readValue(payload, HmppsDomainEvent.class), payload);
        } catch (JsonProcessingException e) {
            throw new MalformedProbationEvent("kept event is no longer readable: " + e.getOriginalMessage());
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** @throws MalformedProbationEvent saying what is wrong */
    public static ProbationNotice check(String key, HmppsDomainEvent event, String payload) {
        try {
            String crnText =
                    event.crn().orElseThrow(() -> new MalformedProbationEvent("personReference: no CRN identifier"));
            ProbationCaseReference crn = new ProbationCaseReference(crnText);
            if (!crnText.equals(crn.value())) {
                throw new MalformedProbationEvent("personReference: CRN '" + crnText + "' is not in canonical form");
            }
            Instant occurredAt = HmppsDates.occurredAt(event.occurredAt()).toInstant();
            return switch (event.eventType()) {
                case ProbationNotice.REGISTRATION_ADDED, ProbationNotice.REGISTRATION_UPDATED ->
                    new ProbationNotice(
                            key,
                            event.eventType(),
                            crn,
                            occurredAt,
                            registration(event, event.eventType().equals(ProbationNotice.REGISTRATION_ADDED)),
                            null,
                            null,
                            payload);
                case ProbationNotice.REGISTRATION_DEREGISTERED ->
                    new ProbationNotice(
                            key,
                            event.eventType(),
                            crn,
                            occurredAt,
                            registration(event, false),
                            endDay(event, "deregistrationDate", occurredAt),
                            null,
                            payload);
                case ProbationNotice.REGISTRATION_DELETED ->
                    new ProbationNotice(
                            key,
                            event.eventType(),
                            crn,
                            occurredAt,
                            registration(event, false),
                            occurredAt.atZone(LONDON).toLocalDate(),
                            null,
                            payload);
                case ProbationNotice.MANAGER_ALLOCATED ->
                    new ProbationNotice(
                            key,
                            event.eventType(),
                            crn,
                            occurredAt,
                            null,
                            null,
                            event.info("allocationId").orElse(null),
                            payload);
                case ProbationNotice.ENGAGEMENT_CREATED ->
                    new ProbationNotice(key, event.eventType(), crn, occurredAt, null, null, null, payload);
                default ->
                    throw new MalformedProbationEvent("eventType: " + event.eventType() + " is not applied here");
            };
        } catch (InvalidIdentifier e) {
            throw new MalformedProbationEvent("personReference: " + e.getMessage());
        } catch (InvalidHmppsDate e) {
            throw new MalformedProbationEvent(e.getMessage());
        }
    }

    private static Registration registration(HmppsDomainEvent event, boolean added) {
        String code = event.info("registerTypeCode")
                .orElseThrow(() -> new MalformedProbationEvent("additionalInformation.registerTypeCode: missing"));
        if (!code.matches("[A-Z0-9]{1,20}")) {
            throw new MalformedProbationEvent("additionalInformation.registerTypeCode: '" + code
                    + "' is not a register code (1-20 capital letters and digits)");
        }
        String id = event.info("registrationId").orElse(null);
        if (id != null && !id.matches("[0-9A-Za-z-]{1,40}")) {
            throw new MalformedProbationEvent("additionalInformation.registrationId: not an id");
        }
        LocalDate on = event.info("registrationDate")
                .map(d -> HmppsDates.legacyDay("additionalInformation.registrationDate", d))
                .orElse(null);
        if (added && on == null) {
            throw new MalformedProbationEvent("additionalInformation.registrationDate: missing");
        }
        event.info("createdDateAndTime")
                .ifPresent(d -> HmppsDates.legacy("additionalInformation.createdDateAndTime", d));
        return new Registration(
                id, code, code(event, "registrationCategoryCode"), code(event, "registrationLevelCode"), on);
    }

    private static String code(HmppsDomainEvent event, String field) {
        String value = event.info(field).orElse(null);
        if (value != null && !value.matches("[A-Z0-9_]{1,20}")) {
            throw new MalformedProbationEvent("additionalInformation." + field + ": '" + value + "' is not a code");
        }
        return value;
    }

    private static LocalDate endDay(HmppsDomainEvent event, String field, Instant occurredAt) {
        return event.info(field)
                .map(d -> HmppsDates.legacyDay("additionalInformation." + field, d))
                .orElse(occurredAt.atZone(LONDON).toLocalDate());
    }
}
