package org.familysafeguarding.contracts.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.tender.TenderBid;
import org.familysafeguarding.contracts.domain.tender.TenderBid.SubmittedAs;
import org.familysafeguarding.contracts.domain.tender.TenderBidRepository;
import org.familysafeguarding.contracts.domain.tender.TenderConflict;
import org.familysafeguarding.contracts.domain.tender.TenderEvaluation;
import org.familysafeguarding.contracts.domain.tender.TenderNotFound;
import org.familysafeguarding.contracts.domain.tender.TenderRuleViolated;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Bids from partner agencies: a provider manager submits their own agency's, a commissioner of the
 * council records one for an agency. A provider manager only ever sees their own agency's bid.
 */
@ApplicationScoped
public class TenderBids {

    private final TenderAccess access;
    private final TenderBidRepository bids;
    private final PartnerAgencyRepository agencies;
    private final Caller caller;
    private final Clock clock;

    public TenderBids(
            TenderAccess access,
            TenderBidRepository bids,
            PartnerAgencyRepository agencies,
            Caller caller,
            Clock clock) {
        this.access = access;
        this.bids = bids;
        this.agencies = agencies;
        this.caller = caller;
        this.clock = clock;
    }

    /** @param agencyId the bidder, when a commissioner records the bid; a provider manager bids for their own agency */
    @Transactional
    public TenderBid submit(UUID contractId, UUID agencyId, BigDecimal price, String summary) {
        TenderEvaluation tender = access.open(access.visible(contractId));
        UUID bidder;
        SubmittedAs as;
        if (access.isBidder()) {
            bidder = access.bidderAgency();
            if (agencyId != null && !agencyId.equals(bidder)) {
                throw new TenderRuleViolated(
                        "bid-for-another-agency", "A provider manager bids for their own agency only.");
            }
            as = SubmittedAs.PROVIDER_MANAGER;
        } else {
            if (agencyId == null) {
                throw new TenderRuleViolated("bidder-required", "Name the agency whose bid you record.");
            }
            bidder = agencyId;
            as = SubmittedAs.COMMISSIONER;
        }
        if (agencies.findByIdOptional(bidder).isEmpty()) {
            throw new TenderRuleViolated("bidder-unknown", "Agency " + bidder + " is not a partner agency known here.");
        }
        if (bids.byAgency(tender.contractId(), bidder).isPresent()) {
            throw new TenderConflict(
                    "bid-already-submitted", "Agency " + bidder + " has already bid for this contract.");
        }
        TenderBid bid = TenderBid.submit(tender, bidder, price, summary, caller.username(), as, Instant.now(clock));
        bids.persist(bid);
        return bid;
    }

    /** Every bid for the council's commissioners; a provider manager's own agency's only. */
    public PanacheQuery<TenderBid> list(UUID contractId) {
        TenderEvaluation tender = access.visible(contractId);
        return access.isBidder()
                ? bids.ofTenderAndAgency(tender.contractId(), access.bidderAgency())
                : bids.ofTender(tender.contractId());
    }

    public TenderBid get(UUID contractId, UUID bidId) {
        TenderEvaluation tender = access.visible(contractId);
        return bids.findByIdOptional(bidId)
                .filter(b -> b.contractId().equals(tender.contractId()))
                .filter(b -> !access.isBidder() || b.agencyId().equals(access.bidderAgency()))
                .orElseThrow(() -> TenderNotFound.bid(bidId));
    }
}
