package org.familysafeguarding.caseload.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.messaging.hmpps.ContactRecordedForProbation;
import org.familysafeguarding.caseload.service.ProbationContacts;
import org.familysafeguarding.platform.outbox.Outbox;

/**
 * Probation contacts through the transactional outbox: the relay sends them as CloudEvents whose
 * data is the HMPPS envelope, and {@link ProbationContactRouting} puts them on
 * {@code caseload.probation-contacts}, never on {@code caseload.events}. Replace this bean (an
 * {@code @Alternative}) to plug in a real probation integration.
 */
@ApplicationScoped
public class OutboxProbationContacts implements ProbationContacts {

    private final Outbox outbox;

    public OutboxProbationContacts(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void contactRecorded(Contact contact) {
        outbox.append(
                contact.contactId().toString(),
                ContactRecordedForProbation.TYPE,
                ContactRecordedForProbation.of(contact));
    }
}
