package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.config.OcdsSettings;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractRepository;
import org.familysafeguarding.contracts.domain.contract.ContractTransitionRepository;
import org.familysafeguarding.contracts.domain.contract.ContractVariationRepository;
import org.familysafeguarding.contracts.domain.procurement.ProcurementCheckRepository;
import org.familysafeguarding.contracts.domain.tender.TenderBid;
import org.familysafeguarding.contracts.domain.tender.TenderBidRepository;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluationRepository;
import org.familysafeguarding.contracts.readmodel.CouncilRepository;
import org.familysafeguarding.contracts.readmodel.PartnerAgency;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.security.Caller;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes each contracting process as an OCDS 1.1 release package: one contract's for whoever
 * may read the contract, a page of the council's for its transparency publication.
 */
@ApplicationScoped
public class OcdsPublication {

    private final ContractAccess access;
    private final ContractRepository contracts;
    private final ContractTransitionRepository transitions;
    private final ContractVariationRepository variations;
    private final ProcurementCheckRepository checks;
    private final CouncilRepository councils;
    private final PartnerAgencyRepository agencies;
    private final TenderEvaluationRepository tenders;
    private final TenderBidRepository bids;
    private final KpiMetrics metrics;
    private final KpiDisclosure disclosure;
    private final OcdsSettings settings;
    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;

    public OcdsPublication(
            ContractAccess access,
            ContractRepository contracts,
            ContractTransitionRepository transitions,
            ContractVariationRepository variations,
            ProcurementCheckRepository checks,
            CouncilRepository councils,
            PartnerAgencyRepository agencies,
            TenderEvaluationRepository tenders,
            TenderBidRepository bids,
            KpiMetrics metrics,
            OcdsSettings settings,
            ObjectMapper json,
            Caller caller,
            Clock clock,
            KpiDisclosure disclosure) {
        this.disclosure = disclosure;
        this.access = access;
        this.contracts = contracts;
        this.transitions = transitions;
        this.variations = variations;
        this.checks = checks;
        this.councils = councils;
        this.agencies = agencies;
        this.tenders = tenders;
        this.bids = bids;
        this.metrics = metrics;
        this.settings = settings;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ObjectNode releasePackage(UUID contractId) {
        return packageOf(access.readable(contractId));
    }

    /** The caller's council's contracting processes, one release package each, in register order. */
    @Transactional
    public PageResponse<ObjectNode> ofCouncil(int page, int size) {
        return PageResponse.of(contracts.ofCouncil(caller.council().orElse(""), null), page, size, this::packageOf);
    }

    public String ocid(UUID contractId) {
        return settings.ocidPrefix() + "-" + contractId;
    }

    private ObjectNode packageOf(Contract contract) {
        ContractingProcess process = processOf(contract);
        ObjectNode releasePackage = json.createObjectNode();
        releasePackage.put(
                "uri", settings.publicationBaseUri() + "/api/contracts/v1/contracts/" + contract.id() + "/ocds");
        releasePackage.put("version", "1.1");
        var extensions = releasePackage.putArray("extensions").add(OcdsReleases.BUDGET_BREAKDOWN);
        if (!process.metrics().isEmpty()) {
            extensions.add(OcdsReleases.METRICS);
        }
        releasePackage.put("publishedDate", Instant.now(clock).toString());
        releasePackage
                .putObject("publisher")
                .put("name", process.councilName() == null ? contract.councilCode() : process.councilName());
        var releases = releasePackage.putArray("releases");
        new OcdsReleases(json, process, ocid(contract.id())).releases().forEach(releases::add);
        return releasePackage;
    }

    private ContractingProcess processOf(Contract contract) {
        Instant planned = contracts
                .getEntityManager()
                .createQuery("select c.createdAt from Contract c where c.id = :id", Instant.class)
                .setParameter("id", contract.id())
                .getSingleResult();
        TenderEvaluation tender = tenders.findByIdOptional(contract.id()).orElse(null);
        Map<UUID, String> bidders = new LinkedHashMap<>();
        if (tender != null) {
            for (TenderBid bid : bids.allOf(contract.id())) {
                bidders.put(bid.agencyId(), agencyName(bid.agencyId()));
            }
        }
        return new ContractingProcess(
                contract,
                planned,
                councils.findByIdOptional(contract.councilCode())
                        .map(c -> c.name())
                        .orElse(null),
                contract.agencyId() == null ? null : agencyName(contract.agencyId()),
                transitions.ofContract(contract.id()).list(),
                contract.procurementCheckId() == null
                        ? null
                        : checks.findByIdOptional(contract.procurementCheckId())
                                .map(c -> c.proposedRoute())
                                .orElse(null),
                variations.ofContract(contract.id()).list(),
                tender,
                bidders,
                contract.liveOn() == null ? List.of() : metrics.of(contract, disclosure.smallCountsHidden()));
    }

    private String agencyName(UUID agencyId) {
        return agencies.findByIdOptional(agencyId).map(PartnerAgency::name).orElse(null);
    }
}
