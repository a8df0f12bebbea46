package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.census.CensusRecords;
import org.familysafeguarding.caseload.domain.census.CensusRuleViolated;
import org.familysafeguarding.caseload.domain.census.CensusValidation;
import org.familysafeguarding.caseload.domain.census.ChildCensusDetails;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn;
import org.familysafeguarding.caseload.domain.census.CinCensusRules;
import org.familysafeguarding.caseload.domain.census.CollectionYear;
import org.familysafeguarding.caseload.domain.plan.PlanHistory;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/**
 * The council's Children in Need census return for a collection year, as the DfE's XML, and the
 * DfE's validation rules run on it. The return is the council's, whole: it is made for the
 * partnership admin (the resource's role), never filtered to a team. The file is person-level, so
 * each child in it is audited as exported; each child the validation names is audited as read.
 */
@ApplicationScoped
public class CinCensusExport {

    static final String SOFTWARE_CODE = "family-safeguarding-caseload";
    static final String RELEASE = "2026.1";

    public record Export(String fileName, byte[] xml, int children, CensusValidation validation) {}

    public record CensusValidationReport(int year, String laNumber, int children, CensusValidation validation) {}

    private final CensusRecords records;
    private final PlanHistory planHistory;
    private final ChildCensusDetails censusDetails;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public CinCensusExport(
            CensusRecords records,
            PlanHistory planHistory,
            ChildCensusDetails censusDetails,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.planHistory = planHistory;
        this.censusDetails = censusDetails;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Export export(int collectionYear) {
        var year = new CollectionYear(collectionYear);
        String council = scope.council();
        String laNumber = laNumber(council, year);
        List<CinCensusReturn.ChildReturn> children = children(council, year);
        byte[] xml = CinCensusXml.write(
                year, new CinCensusXml.Source(laNumber, SOFTWARE_CODE, RELEASE, OffsetDateTime.now(clock)), children);
        audit.recordAll(AuditAction.EXPORT, "child", accessed(children));
        return new Export(
                "CIN_" + laNumber + "_" + collectionYear + ".xml",
                xml,
                children.size(),
                CinCensusRules.check(year, children));
    }

    /** The DfE's rules on the return as it would be sent now: errors and queries per child. */
    @Transactional
    public CensusValidationReport validate(int collectionYear) {
        var year = new CollectionYear(collectionYear);
        String council = scope.council();
        String laNumber = laNumber(council, year);
        List<CinCensusReturn.ChildReturn> children = children(council, year);
        CensusValidation validation = CinCensusRules.check(year, children);
        Set<String> named = validation.children().stream()
                .map(CensusValidation.ChildIssues::laChildId)
                .collect(java.util.stream.Collectors.toSet());
        audit.recordAll(
                AuditAction.READ,
                "child",
                accessed(children.stream()
                        .filter(c -> named.contains(c.child().councilChildId()))
                        .toList()));
        return new CensusValidationReport(collectionYear, laNumber, children.size(), validation);
    }

    private static List<AuditTrail.Accessed> accessed(List<CinCensusReturn.ChildReturn> children) {
        return children.stream()
                .map(c -> c.child().id().toString())
                .map(id -> new AuditTrail.Accessed(id, id))
                .toList();
    }

    private String laNumber(String council, CollectionYear year) {
        year.requireReached(LocalDate.now(clock));
        return records.localAuthorityNumber(council)
                .filter(n -> n.matches("\\d{3}"))
                .orElseThrow(
                        () -> new CensusRuleViolated(
                                "local-authority-number-unknown",
                                "The council's local authority number is not known yet (it comes with partners-service's council record)."));
    }

    private List<CinCensusReturn.ChildReturn> children(String council, CollectionYear year) {
        List<CinCensusReturn.ChildReturn> children = CinCensusReturn.build(
                year,
                new CinCensusReturn.Records(
                        records.children(council, year),
                        records.referrals(council, year),
                        records.assessments(council, year),
                        records.plans(council, year),
                        records.section47s(council, year),
                        planHistory.reviewsOfCouncil(council, year.censusDate()),
                        censusDetails.upnUnknownReasons(council)));
        if (children.isEmpty()) {
            throw new CensusRuleViolated(
                    "no-children-in-need",
                    "No child of the council was in need in the " + year.year()
                            + " collection year; the census needs at least one.");
        }
        return children;
    }
}
