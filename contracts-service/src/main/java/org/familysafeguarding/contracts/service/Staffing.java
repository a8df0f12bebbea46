package org.familysafeguarding.contracts.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.staffing.RequiredFte;
import org.familysafeguarding.contracts.domain.staffing.StaffingSpecification;
import org.familysafeguarding.contracts.domain.staffing.StaffingSpecificationRepository;
import org.familysafeguarding.contracts.readmodel.PractitionerRepository;
import org.familysafeguarding.platform.rest.Versions;

/** What staff a contract requires of its provider, what the provider has in post in the council's teams, and the gap. */
@ApplicationScoped
public class Staffing {

    private final ContractAccess access;
    private final StaffingSpecificationRepository specifications;
    private final PractitionerRepository practitioners;
    private final Clock clock;

    public Staffing(
            ContractAccess access,
            StaffingSpecificationRepository specifications,
            PractitionerRepository practitioners,
            Clock clock) {
        this.access = access;
        this.specifications = specifications;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    /** Sets the requirements; the first time without If-Match, afterwards with the specification's ETag. */
    @Transactional
    public Position specify(UUID contractId, String ifMatch, List<RequiredFte> requirements) {
        Contract contract = access.manageable(contractId);
        StaffingSpecification specification =
                specifications.findByIdOptional(contract.id()).orElse(null);
        if (specification == null) {
            specification = StaffingSpecification.of(contract.id(), contract.councilCode());
            specification.require(requirements, Instant.now(clock));
            specifications.persist(specification);
        } else {
            Versions.requireMatch(ifMatch, specification.version());
            specification.require(requirements, Instant.now(clock));
        }
        specifications.flush();
        return position(contract, Optional.of(specification), LocalDate.now(clock));
    }

    @Transactional
    public Position on(UUID contractId, LocalDate on) {
        Contract contract = access.readable(contractId);
        return position(
                contract, specifications.findByIdOptional(contract.id()), on == null ? LocalDate.now(clock) : on);
    }

    private Position position(Contract contract, Optional<StaffingSpecification> specification, LocalDate on) {
        Map<String, BigDecimal> inPost = contract.agencyId() == null
                ? Map.of()
                : practitioners.fteInPost(contract.agencyId(), contract.councilCode(), on);
        List<RequiredFte> required =
                specification.map(StaffingSpecification::requirements).orElse(List.of());
        return new Position(
                contract,
                on,
                specification.map(StaffingSpecification::version),
                StaffingSpecification.compare(required, inPost));
    }

    /** A contract's staffing on a day; {@code version} is empty while nothing has been specified. */
    public record Position(
            Contract contract, LocalDate on, Optional<Long> version, List<StaffingSpecification.RoleStaffing> roles) {}
}
