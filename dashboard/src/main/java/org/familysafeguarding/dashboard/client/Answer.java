package org.familysafeguarding.dashboard.client;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/** What one API call gave a page: the answer, the API's refusal, or nothing because a part was down. */
public sealed interface Answer {

    record Ok(JsonNode body) implements Answer {}

    /** 401, 403, 404 or 400 from the API, with its problem detail. */
    record Refused(int status, String detail) implements Answer {}

    /** The gateway or a service did not answer (timeout, 5xx, open circuit). */
    record Unavailable(String reason) implements Answer {}

    default <T> T fold(Function<JsonNode, T> ok, Function<Answer, T> otherwise) {
        return this instanceof Ok(JsonNode body) ? ok.apply(body) : otherwise.apply(this);
    }
}
