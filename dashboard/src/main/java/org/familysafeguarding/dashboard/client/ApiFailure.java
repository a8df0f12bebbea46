package org.familysafeguarding.dashboard.client;

/** The API answered 5xx (or the gateway could not reach a service): worth a retry and counted by the breaker. */
public class ApiFailure extends RuntimeException {

    public ApiFailure(int status, String detail) {
        super("HTTP " + status + (detail == null ? "" : ": " + detail));
    }
}
