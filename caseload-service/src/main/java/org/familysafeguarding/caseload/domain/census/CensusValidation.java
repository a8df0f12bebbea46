package org.familysafeguarding.caseload.domain.census;

import java.time.LocalDate;
import java.util.List;

/**
 * The DfE's validation of a CIN census return, as its COLLECT system reports it: errors (the return
 * cannot be signed off until each is fixed) and queries (each to be fixed or explained), per child
 * and for the return as a whole.
 */
public record CensusValidation(int errors, int queries, List<ChildIssues> children, List<Issue> returnIssues) {

    public enum Severity {
        ERROR,
        QUERY
    }

    /**
     * @param rule the DfE rule number (a trailing Q marks a query)
     * @param referralDate the episode the issue is in (CINreferralDate); null for the child as a whole
     */
    public record Issue(String rule, Severity severity, String message, LocalDate referralDate) {}

    public record ChildIssues(String laChildId, List<Issue> issues) {}

    public static CensusValidation of(List<ChildIssues> children, List<Issue> returnIssues) {
        var all = new java.util.ArrayList<Issue>(returnIssues);
        children.forEach(c -> all.addAll(c.issues()));
        int errors =
                (int) all.stream().filter(i -> i.severity() == Severity.ERROR).count();
        return new CensusValidation(errors, all.size() - errors, List.copyOf(children), List.copyOf(returnIssues));
    }
}
