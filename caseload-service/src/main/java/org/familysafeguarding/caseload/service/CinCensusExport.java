package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.census.CensusRecords;
import org.familysafeguarding.caseload.domain.census.CensusRuleViolated;
import org.familysafeguarding.caseload.domain.census.CinCensusReturn;
import org.familysafeguarding.caseload.domain.census.CollectionYear;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/**
 * The council's Children in Need census return for a collection year, as the DfE's XML. The file is
 * person-level, so each child in it is audited as exported.
 */
@ApplicationScoped
public class CinCensusExport {

    static final String SOFTWARE_CODE = "family-safeguarding-caseload";
    static final String RELEASE = "2026.1";

    public record Export(String fileName, byte[] xml, int children) {
    }

    private final CensusRecords records;
    private final CouncilScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    public CinCensusExport(CensusRecords records, CouncilScope scope, AuditTrail audit, Clock clock) {
        this.records = records;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Export export(int collectionYear) {
        var year = new CollectionYear(collectionYear);
        year.requireReached(LocalDate.now(clock));
        String council = scope.council();
        String laNumber = records.localAuthorityNumber(council).filter(n -> n.matches("\\d{3}"))
                .orElseThrow(() -> new CensusRuleViolated("local-authority-number-unknown",
                        "The council's local authority number is not known yet (it comes with partners-service's council record)."));
        LocalDate census = year.censusDate();
        List<CinCensusReturn.ChildReturn> children = CinCensusReturn.build(year,
                records.referredChildren(council, census), records.referrals(council, census),
                records.assessments(council, census), records.plans(council, census));
        if (children.isEmpty()) {
            throw new CensusRuleViolated("no-children-in-need",
                    "No child of the council was in need in the " + collectionYear + " collection year; the census needs at least one.");
        }
        byte[] xml = CinCensusXml.write(year, new CinCensusXml.Source(laNumber, SOFTWARE_CODE, RELEASE,
                OffsetDateTime.now(clock)), children);
        children.forEach(c -> audit.record(AuditAction.EXPORT, "child", c.child().id().toString(),
                c.child().id().toString()));
        return new Export("CIN_" + laNumber + "_" + collectionYear + ".xml", xml, children.size());
    }
}
