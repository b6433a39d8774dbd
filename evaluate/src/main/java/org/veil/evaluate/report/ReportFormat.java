package org.veil.evaluate.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.veil.evaluate.metric.Bootstrap;

/**
 * How numbers appear in the report page: locale-independent, ∞ for infinite ε, a dash for an undefined
 * value, rates as percentages. Stateless.
 */
final class ReportFormat {
    static final String UNDEFINED = "—";

    private ReportFormat() {
    }

    /** At most three decimals, no trailing zeros (1, 0.5, 2.25), small values as 1e-5 or 2.5e-6, ∞ for infinity. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            return new BigDecimal(parts[0]).stripTrailingZeros().toPlainString() + "e" + Integer.parseInt(parts[1]);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3f", v)).stripTrailingZeros().toPlainString();
    }

    /** A rate in [0, 1] as a percentage with one decimal, e.g. 0.1234 → "12.3%". */
    static String percent(double v) {
        return Double.isNaN(v) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A fraction as percentage points with one decimal, e.g. 0.012 → "1.2". */
    static String points(double v) {
        return Double.isNaN(v) ? UNDEFINED : String.format(Locale.ROOT, "%.1f", 100 * v);
    }

    /** A value in [0, 1] with three decimals, e.g. AUC 0.6123 → "0.612". */
    static String fixed3(double v) {
        return Double.isNaN(v) ? UNDEFINED : String.format(Locale.ROOT, "%.3f", v);
    }

    /** An ε with two decimals or ∞. */
    static String epsilon(double v) {
        return Double.isInfinite(v) ? "∞" : Double.isNaN(v) ? UNDEFINED : String.format(Locale.ROOT, "%.2f", v);
    }

    /** " [lo, hi]" in the given style, or "" when there is no interval. */
    static String interval(Bootstrap.Interval i, boolean asPercent) {
        if (i == null) {
            return "";
        }
        return asPercent ? " [" + percent(i.lower()) + ", " + percent(i.upper()) + "]"
                : " [" + fixed3(i.lower()) + ", " + fixed3(i.upper()) + "]";
    }
}
