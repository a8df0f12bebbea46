package org.familysafeguarding.contracts.domain.contract;

/**
 * What a change to a live contract sets off.
 *
 * @param changeNoticeRequired a Procurement Act contract change notice (UK10) is due
 * @param psrConsiderableChange the change meets the PSR considerable-change test
 * @param psrTransparencyNoticeRequired a PSR modification large enough to need a transparency notice
 * @param reasons why each flag is set or not
 */
public record ChangeFlags(
        boolean changeNoticeRequired,
        boolean psrConsiderableChange,
        boolean psrTransparencyNoticeRequired,
        String reasons) {

    public static final ChangeFlags NONE =
            new ChangeFlags(false, false, false, "Within the extension options the contract provides.");
}
