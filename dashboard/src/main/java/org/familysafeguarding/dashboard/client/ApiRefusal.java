package org.familysafeguarding.dashboard.client;

/** The API answered 4xx: its word about this user and request, shown as it is, never retried. */
public class ApiRefusal extends RuntimeException {

    private final int status;

    public ApiRefusal(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
