package org.veil.core.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An (epsilon, delta) guarantee and everything a reader needs to know about how it was obtained.
 * Every epsilon Veil prints comes with this provenance (the accountant, the conversion, the
 * order range, the sampling assumption and delta), through {@link #describe()}.
 *
 * @param epsilon            the certified epsilon (an upper bound); {@code Infinity} for no guarantee
 * @param delta              the delta it holds at
 * @param accountant         accountant name, e.g. {@code rdp} or {@code pld}
 * @param method             how the accountant got there, e.g. "improved RDP-to-DP conversion (Balle et al. 2020)"
 * @param order              the optimal Renyi order (RDP only), else null
 * @param orderRange         the order grid searched, e.g. "1.01-1024 (178 orders)" (RDP only), else null
 * @param samplingAssumption what the analysis assumed about batch sampling, e.g. "Poisson sampling"
 * @param epsilonError       a bound on how far above the true epsilon this may be (PLD), else null
 * @param warnings           things the reader should know, e.g. the optimum sits on the order grid's edge
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrivacyGuarantee(
        double epsilon,
        double delta,
        String accountant,
        String method,
        Double order,
        String orderRange,
        String samplingAssumption,
        Double epsilonError,
        List<String> warnings) {

    public PrivacyGuarantee {
        if (Double.isNaN(epsilon) || epsilon < 0) {
            throw new IllegalArgumentException("epsilon=" + epsilon + ", allowed: >= 0 (Infinity for none)");
        }
        Objects.requireNonNull(accountant, "accountant");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(samplingAssumption, "samplingAssumption");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The guarantee of a run that released nothing private: epsilon 0. */
    public static PrivacyGuarantee nothingReleased(double delta, String accountant) {
        return new PrivacyGuarantee(0, delta, accountant, "empty ledger", null, null, "none", null, List.of());
    }

    /** One line: "epsilon = 1.234 at delta = 1e-05 (rdp: ..., order 12, orders ..., Poisson sampling)". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "epsilon = %.6g at delta = %.3g (%s accountant: %s", epsilon, delta,
                accountant, method));
        if (order != null) {
            b.append(String.format(Locale.ROOT, "; optimal order %.4g", order));
        }
        if (orderRange != null) {
            b.append("; orders ").append(orderRange);
        }
        if (epsilonError != null) {
            b.append(String.format(Locale.ROOT, "; at most %.2g above the exact epsilon", epsilonError));
        }
        b.append("; ").append(samplingAssumption).append(')');
        return b.toString();
    }
}
