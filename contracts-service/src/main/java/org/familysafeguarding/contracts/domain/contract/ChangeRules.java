package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.familysafeguarding.contracts.domain.procurement.ProcurementReferenceData;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRegime;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;

/**
 * The flags a variation of a live contract raises: the Procurement Act change-notice rule (more
 * than the percentage of value or of maximum term in value-triggers.csv; light-touch contracts
 * excluded) and, for health care services, the PSR considerable-change test and transparency notice
 * instead of the Act's rule.
 */
public class ChangeRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProcurementReferenceData data;

    public ChangeRules(ProcurementReferenceData data) {
        this.data = data;
    }

    /**
     * @param valueBefore the contract's current value before the change
     * @param valueChange the change of value (negative for a reduction; zero when only the term or scope changes)
     * @param maxTermDays the days from start to the latest possible end
     * @param termChangeDays by how many days the end moves (either way)
     */
    public ChangeFlags assess(
            ServiceType serviceType,
            BigDecimal valueBefore,
            BigDecimal valueChange,
            long maxTermDays,
            long termChangeDays) {
        return assess(
                serviceType, null, valueBefore, valueChange, valueBefore, valueChange, maxTermDays, termChangeDays);
    }

    /**
     * @param awardedUnder the regime the contract was awarded under; a contract awarded under PCR 2015 is
     *        modified under its reg 72, never with the Act's change notice (s75 applies only to contracts
     *        awarded under the Act); null when not known (the Act's rule is shown)
     * @param valueAsEnteredInto the lifetime value of the contract as entered into, which the PSR measures against
     * @param cumulativeChange every value change of the contract so far, this one included (PSR reg 6)
     */
    public ChangeFlags assess(
            ServiceType serviceType,
            ProcurementRegime awardedUnder,
            BigDecimal valueBefore,
            BigDecimal valueChange,
            BigDecimal valueAsEnteredInto,
            BigDecimal cumulativeChange,
            long maxTermDays,
            long termChangeDays) {
        List<String> reasons = new ArrayList<>();
        BigDecimal valuePercent = valueBefore.signum() == 0
                ? (valueChange.signum() == 0 ? BigDecimal.ZERO : HUNDRED)
                : valueChange.abs().multiply(HUNDRED).divide(valueBefore, 6, RoundingMode.HALF_UP);
        BigDecimal termPercent = maxTermDays == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(termChangeDays)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(maxTermDays), 6, RoundingMode.HALF_UP);
        boolean overRule = valuePercent.compareTo(data.changeNoticeValuePercent()) > 0
                || termPercent.compareTo(data.changeNoticeTermPercent()) > 0;
        boolean psr = serviceType == ServiceType.HEALTH_CARE_SERVICES;
        boolean pcr = awardedUnder == ProcurementRegime.PCR2015;
        boolean changeNotice = overRule && serviceType == ServiceType.OTHER_SERVICES && !pcr;
        String measured = "value " + shown(valuePercent) + "% (rule: more than " + data.changeNoticeValuePercent()
                + "%), term " + shown(termPercent) + "% of the maximum term (rule: more than "
                + data.changeNoticeTermPercent() + "%)";
        if (pcr && !psr) {
            reasons.add("Awarded under PCR 2015: modified under its reg 72, not the Act's s75 (" + measured + "); a "
                    + "modification under reg 72(1)(b) or (c) needs a modification notice (reg 72(3)).");
        } else if (changeNotice) {
            reasons.add("Contract change notice (UK10) due: " + measured + ".");
        } else if (overRule) {
            reasons.add("Over the change-notice rule (" + measured + "), but "
                    + (psr
                            ? "health care contracts under the PSR follow its own modification rules."
                            : "light-touch contracts are excluded (s75(6)(b))."));
        } else {
            reasons.add("No change notice: " + measured + ".");
        }

        BigDecimal percentLimit = valueAsEnteredInto
                .multiply(data.psrConsiderableChangePercent())
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        boolean considerable = psr
                && cumulativeChange.compareTo(data.psrConsiderableChangeAmount()) >= 0
                && cumulativeChange.compareTo(percentLimit) >= 0;
        boolean transparency = psr && valueChange.abs().compareTo(data.psrModificationNoticeAmount()) >= 0;
        if (psr) {
            reasons.add((considerable
                            ? "PSR considerable change: a rise of at least " + data.psrConsiderableChangeAmount()
                                    + " and at least " + data.psrConsiderableChangePercent()
                                    + "% of the value as entered into ("
                                    + valueAsEnteredInto + "), counting every change so far (" + cumulativeChange + ")"
                            : "Not a PSR considerable change (every change so far: " + cumulativeChange + " against "
                                    + valueAsEnteredInto + " as entered into)")
                    + "; the test applies only where the change is attributable to the council's decision.");
            if (transparency) {
                reasons.add("PSR modification of at least " + data.psrModificationNoticeAmount()
                        + ": publish a transparency notice.");
            }
        }
        return new ChangeFlags(changeNotice, considerable, transparency, String.join(" ", reasons));
    }

    private static String shown(BigDecimal percent) {
        return percent.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
