package org.familysafeguarding.bench.scale;

/** The three service databases the load writes, each through its own role. */
public enum Database {
    PARTNERS,
    CONTRACTS,
    CASELOAD;

    public String role() {
        return name().toLowerCase();
    }
}
