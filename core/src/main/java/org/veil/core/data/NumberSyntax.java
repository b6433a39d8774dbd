package org.veil.core.data;

import java.util.Locale;
import java.util.Set;

/**
 * Which field texts are numbers and which are missing. A number is a plain decimal,
 * {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}; Java's extra forms
 * ({@code 1d}, {@code 0x1p3}, {@code Infinity}) are not numbers here. The words {@code nan},
 * {@code inf}, {@code infinity} (any case, optional sign) and decimals that overflow a double are
 * recognised as non-finite numbers so that they can be reported instead of silently turning a
 * numeric column into a categorical one.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberSyntax {
    /** The two spellings of a missing value (after trimming). */
    static final String MISSING = "?";

    private static final Set<String> NON_FINITE_WORDS = Set.of("nan", "inf", "infinity");

    private NumberSyntax() {
    }

    /** True for an empty field or {@code ?}. */
    static boolean isMissing(String text) {
        return text.isEmpty() || MISSING.equals(text);
    }

    /** True when {@code text} is a plain decimal as defined above (it may still overflow). */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int intDigits = countDigits(text, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            fracDigits = countDigits(text, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expDigits = countDigits(text, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    /** True for {@code nan}, {@code inf}, {@code infinity} in any case with an optional sign. */
    static boolean isNonFiniteWord(String text) {
        String t = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        return t.length() <= 8 && NON_FINITE_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The value of a decimal (call {@link #isDecimal} first); may be infinite on overflow. */
    static double parse(String text) {
        return Double.parseDouble(text);
    }

    /** The value of {@code text} when it is a finite decimal, otherwise NaN. */
    static double finiteOrNaN(String text) {
        if (!isDecimal(text)) {
            return Double.NaN;
        }
        double v = parse(text);
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** True when {@code text} is a decimal that overflows or a non-finite word. */
    static boolean isNonFinite(String text) {
        return isDecimal(text) ? !Double.isFinite(parse(text)) : isNonFiniteWord(text);
    }

    private static int countDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
