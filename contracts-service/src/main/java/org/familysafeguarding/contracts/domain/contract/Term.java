package org.familysafeguarding.contracts.domain.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract's term: start, initial end, extension options in months in the order they may be
 * taken ("2 + 2" years is [24, 24]), the date by which an extension must be decided, and the
 * mobilisation period in days.
 */
public record Term(
        LocalDate start,
        LocalDate initialEnd,
        List<Integer> extensionOptionMonths,
        LocalDate extensionDecisionBy,
        int mobilisationDays) {

    public Term {
        extensionOptionMonths = extensionOptionMonths == null ? List.of() : List.copyOf(extensionOptionMonths);
        if (initialEnd.isBefore(start)) {
            throw new ContractRuleViolated(
                    "term-ends-before-it-starts",
                    "The initial end " + initialEnd + " is before the start " + start + ".");
        }
        if (extensionOptionMonths.stream().anyMatch(m -> m == null || m < 1)) {
            throw new ContractRuleViolated("extension-option-invalid", "Each extension option is at least one month.");
        }
        if (extensionDecisionBy != null
                && (extensionOptionMonths.isEmpty() || extensionDecisionBy.isAfter(initialEnd))) {
            throw new ContractRuleViolated(
                    "extension-decision-date-invalid",
                    extensionOptionMonths.isEmpty()
                            ? "There is no extension option to decide on."
                            : "An extension must be decided by the initial end " + initialEnd + ".");
        }
        if (mobilisationDays < 0) {
            throw new ContractRuleViolated("mobilisation-negative", "Mobilisation cannot take negative days.");
        }
    }

    public int extensionMonths() {
        return extensionOptionMonths.stream().mapToInt(Integer::intValue).sum();
    }

    /** The end if every extension option is taken. */
    public LocalDate latestPossibleEnd() {
        return initialEnd.plusMonths(extensionMonths());
    }

    /** Written in the register's way: "24+24". */
    public String writtenOptions() {
        return String.join(
                "+", extensionOptionMonths.stream().map(String::valueOf).toList());
    }

    public static List<Integer> readOptions(String written) {
        return written == null || written.isBlank()
                ? List.of()
                : java.util.Arrays.stream(written.split("\\+"))
                        .map(Integer::valueOf)
                        .toList();
    }
}
