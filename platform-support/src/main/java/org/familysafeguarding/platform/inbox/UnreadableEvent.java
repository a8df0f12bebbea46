package org.familysafeguarding.platform.inbox;

/** An event that no retry can make readable: it goes straight to the dead-letter topic. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String reason) {
        super(reason);
    }

    public UnreadableEvent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
