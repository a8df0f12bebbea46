package org.familysafeguarding.contracts.domain.alert;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.familysafeguarding.contracts.domain.contract.Contract;
import org.familysafeguarding.contracts.domain.contract.ContractState;

/**
 * A date coming up for a commissioned contract (awarded, mobilising or live): its extension
 * decision, while an option remains, or its current end; with the tightest alert threshold
 * (180, 90 or 30 days) it falls within.
 */
public record ContractDeadline(Contract contract, AlertKind kind, LocalDate dueOn, long daysLeft, int thresholdDays) {

    /** The alert thresholds, widest first. */
    public static final List<Integer> THRESHOLDS = List.of(180, 90, 30);

    /** The contract's deadlines from {@code today} (included) to {@code within} days ahead. */
    public static List<ContractDeadline> of(Contract contract, LocalDate today, int within) {
        List<ContractDeadline> deadlines = new ArrayList<>();
        if (!commissioned(contract.state())) {
            return deadlines;
        }
        boolean optionLeft = contract.extensionsTaken()
                < contract.term().extensionOptionMonths().size();
        if (optionLeft && contract.term().extensionDecisionBy() != null) {
            deadline(contract, AlertKind.EXTENSION_DECISION_DUE, contract.term().extensionDecisionBy(), today, within)
                    .ifPresent(deadlines::add);
        }
        deadline(contract, AlertKind.ENDING, contract.currentEndDate(), today, within)
                .ifPresent(deadlines::add);
        return deadlines;
    }

    /** The thresholds wider than this one: passed over when an alert is first raised late. */
    public List<Integer> widerThresholds() {
        return THRESHOLDS.stream().filter(t -> t > thresholdDays).toList();
    }

    private static Optional<ContractDeadline> deadline(
            Contract contract, AlertKind kind, LocalDate due, LocalDate today, int within) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0 || days > within) {
            return Optional.empty();
        }
        int threshold =
                THRESHOLDS.stream().filter(t -> days <= t).reduce((a, b) -> b).orElseThrow();
        return Optional.of(new ContractDeadline(contract, kind, due, days, threshold));
    }

    private static boolean commissioned(ContractState state) {
        return state == ContractState.AWARDED || state == ContractState.MOBILISING || state == ContractState.LIVE;
    }
}
