package org.familysafeguarding.contracts.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.readmodel.AgencyAccreditation;
import org.familysafeguarding.contracts.readmodel.AgencyAccreditationRepository;
import org.familysafeguarding.contracts.readmodel.PartnerAgency;
import org.familysafeguarding.contracts.readmodel.PartnerAgencyRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test fixture: partner agencies and accreditations as if partners-service had announced them. */
@ApplicationScoped
public class Agencies {

    private final PartnerAgencyRepository agencies;
    private final AgencyAccreditationRepository accreditations;

    public Agencies(PartnerAgencyRepository agencies, AgencyAccreditationRepository accreditations) {
        this.agencies = agencies;
        this.accreditations = accreditations;
    }

    public UUID known() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() -> agencies.persist(PartnerAgency.registered(
                        id,
                        "Harbourside Family Recovery " + id.toString().substring(0, 6),
                        "CHARITY",
                        Instant.now(),
                        Instant.now())));
        return id;
    }

    /** A known agency accredited by the council from 2020 to 2030. */
    public UUID accreditedBy(String councilCode) {
        UUID id = known();
        QuarkusTransaction.requiringNew().run(() -> {
            AgencyAccreditation accreditation = AgencyAccreditation.of(id, councilCode, Instant.now());
            accreditation.accredited(LocalDate.parse("2020-01-01"), LocalDate.parse("2030-12-31"), Instant.now());
            accreditations.persist(accreditation);
        });
        return id;
    }
}
