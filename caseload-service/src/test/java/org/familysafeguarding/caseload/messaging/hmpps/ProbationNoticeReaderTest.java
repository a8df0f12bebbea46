package org.familysafeguarding.caseload.messaging.hmpps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.familysafeguarding.caseload.messaging.inbound.HmppsDomainEvent;
import org.familysafeguarding.caseload.service.MalformedProbationEvent;
import org.familysafeguarding.caseload.service.ProbationNotice;
import org.familysafeguarding.platform.testing.EventCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ProbationNoticeReaderTest {

    final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void the_child_protection_registration_keeps_codes_and_the_day_registered_in_england() throws Exception {
        ProbationNotice notice = check(example("registration-added-child-protection.json"));
        assertThat(notice.crn().value()).isEqualTo("X777776");
        assertThat(notice.occurredAt()).isEqualTo(Instant.parse("2025-06-19T17:35:59.442Z"));
        assertThat(notice.registration().registrationId()).isEqualTo("2500427774");
        assertThat(notice.registration().registerCode()).isEqualTo("RCPR");
        assertThat(notice.registration().categoryCode()).isNull();
        assertThat(notice.registration().registeredOn()).isEqualTo(LocalDate.of(2025, 6, 19));
    }

    @Test
    void the_mappa_registration_keeps_its_category_and_level() throws Exception {
        ProbationNotice notice = check(example("registration-added-mappa.json"));
        assertThat(notice.registration().categoryCode()).isEqualTo("M1");
        assertThat(notice.registration().levelCode()).isEqualTo("M3");
        assertThat(notice.registration().registeredOn()).isEqualTo(LocalDate.of(2025, 3, 25));
    }

    @Test
    void deregistration_ends_on_its_deregistration_day_and_names_the_register_type() throws Exception {
        ProbationNotice notice = check(example("registration-deregistered.json"));
        assertThat(notice.registration().registerCode()).isEqualTo("RHRH");
        assertThat(notice.endedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
    }

    @Test
    void manager_allocation_keeps_probations_allocation_id_and_engagement_only_its_time() throws Exception {
        assertThat(check(example("community-manager-allocated.json")).reference())
                .isEqualTo("6abd8aa1-7552-4f7c-bcec-be1eae8c4bf3");
        ProbationNotice engagement = check(example("engagement-created.json"));
        assertThat(engagement.crn().value()).isEqualTo("X777984");
        assertThat(engagement.occurredAt()).isEqualTo(Instant.parse("2025-06-14T08:06:41.670Z"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /personReference/identifiers/0/value     | 12345                        | not a probation CRN
            /personReference/identifiers/0/value     | XX77776                      | not a probation CRN
            /personReference/identifiers/0/value     | x777776                      | canonical form
            /personReference/identifiers/0/type      | PNC                          | no CRN identifier
            /occurredAt                              | 2025-06-19 18:35             | occurredAt
            /additionalInformation/registrationDate  | Thu Jun 19 00:00:00 XYZ 2025 | registrationDate
            /additionalInformation/registrationDate  | 19/06/2025                   | registrationDate
            /additionalInformation/createdDateAndTime| Fri Jun 19 18:35:59 BST 2025 | createdDateAndTime
            /additionalInformation/registerTypeCode  | ''                           | registerTypeCode: missing
            /additionalInformation/registerTypeCode  | R C P R                      | not a register code
            """)
    void a_bad_crn_date_or_code_makes_the_event_malformed_with_the_reason(String pointer, String value, String reason)
            throws Exception {
        ObjectNode event = example("registration-added-child-protection.json");
        int slash = pointer.lastIndexOf('/');
        var parent = event.at(pointer.substring(0, slash));
        ((ObjectNode) parent).put(pointer.substring(slash + 1), value);
        assertThatThrownBy(() -> check(event))
                .isInstanceOf(MalformedProbationEvent.class)
                .hasMessageContaining(reason);
    }

    private ProbationNotice check(ObjectNode event) throws Exception {
        String payload = json.writeValueAsString(event);
        return ProbationNoticeReader.check("test", json.readValue(payload, HmppsDomainEvent.class), payload);
    }

    private ObjectNode example(String name) throws Exception {
        return (ObjectNode) json.readTree(EventCatalogue.example("hmpps", name.replaceFirst("\\.json$", "")));
    }
}
