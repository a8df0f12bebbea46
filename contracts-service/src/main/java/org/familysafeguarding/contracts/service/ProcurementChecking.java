package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.procurement.ProcurementAssessment;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheck;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckNotFound;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckRepository;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRuleViolated;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRules;
import org.familysafeguarding.contracts.domain.procurement.ProposedDecision;
import org.familysafeguarding.contracts.readmodel.Council;
import org.familysafeguarding.contracts.readmodel.CouncilNotFound;
import org.familysafeguarding.contracts.readmodel.CouncilRepository;
import org.familysafeguarding.platform.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Checks proposed procurement decisions of the caller's council against the rules, and keeps each check. */
@ApplicationScoped
public class ProcurementChecking {

    /** A kept check with its assessment. */
    public record Checked(ProcurementCheck check, ProcurementAssessment assessment) {}

    private final ProcurementRules rules;
    private final ProcurementCheckRepository checks;
    private final CouncilRepository councils;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public ProcurementChecking(
            ProcurementRules rules,
            ProcurementCheckRepository checks,
            CouncilRepository councils,
            Caller caller,
            ObjectMapper json,
            Clock clock) {
        this.rules = rules;
        this.checks = checks;
        this.councils = councils;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Checked check(ProposedDecision decision) {
        if (!caller.worksForCouncil(decision.councilCode())) {
            throw new CouncilNotFound(decision.councilCode());
        }
        Council council = councils.findByIdOptional(decision.councilCode())
                .orElseThrow(() -> new ProcurementRuleViolated(
                        "council-thresholds-unknown",
                        "The decision thresholds of council " + decision.councilCode()
                                + " are not known here yet (they come from partners-service)."));
        ProcurementAssessment assessment = rules.assess(decision, council.decisionThresholds());
        ProcurementCheck check =
                ProcurementCheck.record(decision, assessment, write(assessment), caller.username(), Instant.now(clock));
        checks.persist(check);
        return new Checked(check, assessment);
    }

    @Transactional
    public Checked get(UUID id) {
        ProcurementCheck check = checks.findByIdOptional(id)
                .filter(c -> caller.worksForCouncil(c.councilCode()))
                .orElseThrow(() -> new ProcurementCheckNotFound(id));
        return new Checked(check, read(check.assessmentJson()));
    }

    /** The caller's council's checks, newest first. */
    public PanacheQuery<ProcurementCheck> ofCallersCouncil() {
        return checks.ofCouncil(caller.council().orElse(""));
    }

    public ProcurementAssessment assessmentOf(ProcurementCheck check) {
        return read(check.assessmentJson());
    }

    private String write(ProcurementAssessment assessment) {
        try {
            return json.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment cannot be written as JSON", e);
        }
    }

    private ProcurementAssessment read(String assessment) {
        try {
            return json.readValue(assessment, ProcurementAssessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment cannot be read", e);
        }
    }
}
