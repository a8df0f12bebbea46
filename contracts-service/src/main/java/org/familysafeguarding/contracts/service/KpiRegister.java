package org.familysafeguarding.contracts.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.contracts.config.KpiConfig;
import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.kpi.InterventionType;
import org.familysafeguarding.contracts.domain.kpi.KpiAlreadySet;
import org.familysafeguarding.contracts.domain.kpi.KpiTarget;
import org.familysafeguarding.contracts.domain.kpi.KpiTargetNotFound;
import org.familysafeguarding.contracts.domain.kpi.KpiTargetRepository;
import org.familysafeguarding.contracts.domain.kpi.RatingBands;
import org.familysafeguarding.contracts.domain.kpi.RatingBandsSetting;
import org.familysafeguarding.contracts.domain.kpi.RatingBandsSettingRepository;
import org.familysafeguarding.contracts.readmodel.CouncilNotFound;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The KPI targets of each contract, and the rating bands in force: the contract's, else its council's, else the defaults. */
@ApplicationScoped
public class KpiRegister {

    private final ContractAccess access;
    private final KpiTargetRepository targets;
    private final RatingBandsSettingRepository bands;
    private final KpiConfig config;
    private final Caller caller;
    private final Clock clock;

    public KpiRegister(
            ContractAccess access,
            KpiTargetRepository targets,
            RatingBandsSettingRepository bands,
            KpiConfig config,
            Caller caller,
            Clock clock) {
        this.access = access;
        this.targets = targets;
        this.bands = bands;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    /** @param effectiveFrom the day the KPI was agreed; today when not given, so that it never back-fills */
    public KpiTarget set(
            UUID contractId, InterventionType type, int perQuarter, LocalDate effectiveFrom, boolean oncePerFamily) {
        Contract contract = access.manageable(contractId);
        if (targets.ofType(contract.id(), type).isPresent()) {
            throw new KpiAlreadySet(type);
        }
        KpiTarget target = KpiTarget.set(
                contract.id(),
                contract.councilCode(),
                type,
                perQuarter,
                effectiveFrom == null ? LocalDate.now(clock) : effectiveFrom,
                oncePerFamily,
                Instant.now(clock));
        targets.persist(target);
        return target;
    }

    @Transactional
    public KpiTarget revise(
            UUID contractId, UUID kpiId, String ifMatch, InterventionType type, int perQuarter, boolean oncePerFamily) {
        Contract contract = access.manageable(contractId);
        KpiTarget target = targets.findByIdOptional(kpiId)
                .filter(t -> t.contractId().equals(contract.id()))
                .orElseThrow(() -> new KpiTargetNotFound(kpiId));
        Versions.requireMatch(ifMatch, target.version());
        if (type != target.interventionType()
                && targets.ofType(contract.id(), type).isPresent()) {
            throw new KpiAlreadySet(type);
        }
        target.revise(type, perQuarter, oncePerFamily, Instant.now(clock));
        targets.flush();
        return target;
    }

    public PanacheQuery<KpiTarget> of(UUID contractId) {
        return targets.ofContract(access.readable(contractId).id());
    }

    @Transactional
    public Bands bandsOf(UUID contractId) {
        return inForce(access.readable(contractId));
    }

    /** The bands that rate a contract: its own, else its council's, else the configured defaults. */
    public Bands inForce(Contract contract) {
        return bands.ofContract(contract.id())
                .map(s -> new Bands(s.bands(), BandsSource.CONTRACT, Optional.of(s.version())))
                .or(() -> councilBands(contract.councilCode()))
                .orElseGet(this::defaults);
    }

    /** Sets the contract's own bands; the first time without If-Match, afterwards with the ETag. */
    @Transactional
    public Bands setFor(UUID contractId, String ifMatch, RatingBands wanted) {
        Contract contract = access.manageable(contractId);
        return set(
                bands.ofContract(contract.id()),
                contract.councilCode(),
                contract.id(),
                ifMatch,
                wanted,
                BandsSource.CONTRACT);
    }

    /** The council's bands, else the defaults; for the council's own staff (the roles are checked at the resource). */
    @Transactional
    public Bands bandsOfCouncil(String councilCode) {
        requireStaffOf(councilCode);
        return councilBands(councilCode).orElseGet(this::defaults);
    }

    @Transactional
    public Bands setForCouncil(String councilCode, String ifMatch, RatingBands wanted) {
        requireStaffOf(councilCode);
        return set(bands.ofCouncil(councilCode), councilCode, null, ifMatch, wanted, BandsSource.COUNCIL);
    }

    /** Another council's settings answer 404, as if absent. */
    private void requireStaffOf(String councilCode) {
        if (!caller.worksForCouncil(councilCode)) {
            throw new CouncilNotFound(councilCode);
        }
    }

    private Bands set(
            Optional<RatingBandsSetting> existing,
            String councilCode,
            UUID contractId,
            String ifMatch,
            RatingBands wanted,
            BandsSource source) {
        RatingBandsSetting setting = existing.orElse(null);
        if (setting == null) {
            setting = RatingBandsSetting.of(councilCode, contractId);
            setting.set(wanted, Instant.now(clock));
            bands.persist(setting);
        } else {
            Versions.requireMatch(ifMatch, setting.version());
            setting.set(wanted, Instant.now(clock));
        }
        bands.flush();
        return new Bands(setting.bands(), source, Optional.of(setting.version()));
    }

    private Optional<Bands> councilBands(String councilCode) {
        return bands.ofCouncil(councilCode)
                .map(s -> new Bands(s.bands(), BandsSource.COUNCIL, Optional.of(s.version())));
    }

    private Bands defaults() {
        return new Bands(
                new RatingBands(config.slightlyBelowFrom(), config.belowFrom()), BandsSource.DEFAULT, Optional.empty());
    }

    public enum BandsSource {
        CONTRACT,
        COUNCIL,
        DEFAULT
    }

    /** Bands with where they come from; {@code version} is the ETag of the setting, if one is set at that level. */
    public record Bands(RatingBands bands, BandsSource source, Optional<Long> version) {}
}
