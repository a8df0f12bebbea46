package org.familysafeguarding.partners.service;

import org.familysafeguarding.partners.messaging.event.PartnersEvent;

/**
 * Where the use cases put the events they cause: in the transaction of the change, to be sent afterwards. The
 * messaging layer implements it (through the outbox), so that use cases need nothing of how events travel.
 */
public interface PartnersEvents {

    void publish(PartnersEvent event);
}
