package org.familysafeguarding.caseload.service;

import org.familysafeguarding.caseload.messaging.event.CaseloadEvent;

/**
 * Where the use cases put the events they cause: in the transaction of the change, to be sent afterwards. The
 * messaging layer implements it (through the outbox), so that use cases need nothing of how events travel.
 */
public interface CaseloadEvents {

    void publish(CaseloadEvent event);
}
