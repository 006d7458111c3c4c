package org.crosscheck.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One outlet's figure in a claim about a number, so a reader sees the spread.
 *
 * @param scope what the figure covers as that article says it ("in the Kursk region", "projected by year end")
 * @param evidence where the figure is stated
 */
public record ClaimValue(String article, String outlet, double value, String unit, Qualifier qualifier, String scope,
                         LocalDate published, Evidence evidence) {

    /** The figure as the article hedges it, as a reader sees it: "at least 40 ships", "3,000 troops". */
    public String words() {
        String q = qualifier == null || qualifier == Qualifier.EXACT ? "" : qualifier.label() + " ";
        return q + number(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /**
     * A number as a reader sees it in a brief, in full with grouping: "4,000", "1.25", "-30", "1.2e+21"; never a long
     * overflow, never "4000.0"; "?" for no number.
     */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "?";
        }
        if (Math.abs(v) >= 1e18) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(BigDecimal.valueOf(v));
        return s.equals("-0") ? "0" : s;
    }
}
