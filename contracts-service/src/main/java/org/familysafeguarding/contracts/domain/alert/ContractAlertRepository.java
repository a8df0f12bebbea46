package org.familysafeguarding.contracts.domain.alert;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ContractAlertRepository implements PanacheRepositoryBase<ContractAlert, ContractAlert.Key> {

    private static final List<ContractState> COMMISSIONED =
            List.of(ContractState.AWARDED, ContractState.MOBILISING, ContractState.LIVE);

    /** The council's commissioned contracts whose end or extension decision falls from {@code from} to {@code to}. */
    public List<Contract> commissionedWithDatesBetween(String councilCode, LocalDate from, LocalDate to) {
        return getEntityManager()
                .createQuery("""
                select c from Contract c where c.state in :states and c.councilCode = :council
                  and (c.currentEndDate between :from and :to or c.extensionDecisionBy between :from and :to)
                order by c.id""", Contract.class)
                .setParameter("states", COMMISSIONED)
                .setParameter("council", councilCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The same for every council, for the alert job. */
    public List<Contract> commissionedWithDatesBetween(LocalDate from, LocalDate to) {
        return getEntityManager()
                .createQuery("""
                select c from Contract c where c.state in :states
                  and (c.currentEndDate between :from and :to or c.extensionDecisionBy between :from and :to)
                order by c.id""", Contract.class)
                .setParameter("states", COMMISSIONED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public boolean raised(ContractDeadline deadline) {
        return findByIdOptional(new ContractAlert.Key(
                        deadline.contract().id(), deadline.kind(), deadline.dueOn(), deadline.thresholdDays()))
                .isPresent();
    }
}
