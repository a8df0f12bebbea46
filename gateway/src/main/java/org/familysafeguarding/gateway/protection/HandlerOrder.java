package org.familysafeguarding.gateway.protection;

/**
 * Where the gateway's own handlers sit among Quarkus's: Quarkus runs CORS at -300, authentication at
 * -200 and authorization (the HTTP permissions) at -100; routes to the services come last.
 */
final class HandlerOrder {

    /** Before everything the caller can be answered by, so every answer carries the request id and the headers. */
    static final int CORRELATION = -500;

    static final int SECURITY_HEADERS = -490;
    /** Before routing and permissions look at the path: only a path in plain form goes further. */
    static final int CANONICAL_PATH = -480;
    /** After CORS, before the token is checked: an oversized body is refused without any work. */
    static final int BODY_SIZE = -250;
    /** After the token is checked (the caller is known), before permissions can answer 401/403. */
    static final int RATE_LIMIT = -150;
    /** After the rate limit, before the permissions: a call without a token gets a problem body, not an empty 401. */
    static final int ANONYMOUS = -140;

    private HandlerOrder() {}
}
