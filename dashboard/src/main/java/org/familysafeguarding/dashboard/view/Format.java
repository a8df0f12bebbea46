package org.familysafeguarding.dashboard.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** How figures read on a page and in its CSV: GBP with two decimals, dates as "31 Mar 2027", codes as words. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Format() {}

    /** GBP from the API's JSON number, read as a decimal (never through a double). */
    public static String money(JsonNode amount) {
        if (amount == null || amount.isMissingNode() || amount.isNull()) {
            return "";
        }
        return money(new BigDecimal(amount.asText()));
    }

    public static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A plain number as the CSV and the chart read it: no grouping, two decimals at most. */
    public static String number(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
    }

    public static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String date(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return "";
        }
        return date(value.asText());
    }

    public static String date(String isoDate) {
        if (isoDate == null || isoDate.length() < 10) {
            return isoDate == null ? "" : isoDate;
        }
        return LocalDate.parse(isoDate.substring(0, 10)).format(DATE);
    }

    /** SIGNIFICANTLY_BELOW reads "Significantly below". */
    public static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String words(JsonNode code) {
        return code == null || code.isNull() || code.isMissingNode() ? "" : words(code.asText());
    }
}
