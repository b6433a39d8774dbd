package org.veil.evaluate.metric;

/**
 * A statistically valid lower bound on ε from one membership-inference test: an (ε, δ)-DP training
 * algorithm forces every attack to satisfy FPR + e^ε·FNR ≥ 1 − δ and FNR + e^ε·FPR ≥ 1 − δ
 * (Kairouz, Oh and Viswanath 2015, Theorem 2.1 — the hypothesis-testing view of DP), hence
 * ε ≥ max(ln((1 − δ − FPR)/FNR), ln((1 − δ − FNR)/FPR)). With n trials the rates are only estimated,
 * so the bound uses Clopper–Pearson upper bounds of FPR and FNR, each at level 1 − α/2, and holds with
 * confidence 1 − α (Jagielski, Ullman and Oprea 2020, "Auditing differentially private machine
 * learning", Algorithm 2; Nasr et al. 2021, section 3).
 *
 * <p>The threshold that produced (TP, FN, FP, TN) must not have been chosen on the same trials, or
 * the bound is optimistic; callers choose it on held-out data (see the evaluator's reports).
 * Stateless.
 */
public final class EmpiricalEpsilon {

    private EmpiricalEpsilon() {
    }

    /**
     * @param truePositives  members guessed "member"
     * @param falseNegatives members guessed "non-member"
     * @param falsePositives non-members guessed "member"
     * @param trueNegatives  non-members guessed "non-member"
     * @param delta          the δ of the claimed guarantee, in [0, 1)
     * @param confidence     1 − α, in (0.5, 1); e.g. 0.95
     * @return the lower bound, ≥ 0
     */
    public static double lowerBound(long truePositives, long falseNegatives, long falsePositives, long trueNegatives,
            double delta, double confidence) {
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: [0, 1)");
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0.5, 1)");
        }
        double alpha = 1 - confidence;
        // Jagielski et al. 2020, Algorithm 2: Clopper-Pearson upper bounds at level 1 - alpha/2 each.
        double fprHigh = ClopperPearson.upper(falsePositives, falsePositives + trueNegatives, alpha / 2);
        double fnrHigh = ClopperPearson.upper(falseNegatives, falseNegatives + truePositives, alpha / 2);
        // Kairouz et al. 2015, Theorem 2.1, both directions.
        double a = Math.log((1 - delta - fprHigh) / fnrHigh);
        double b = Math.log((1 - delta - fnrHigh) / fprHigh);
        double eps = Math.max(a, b);
        return Double.isNaN(eps) || eps < 0 ? 0 : eps;
    }
}
