package org.veil.evaluate.experiment;

import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.rdp.RdpAccountant;

/**
 * The number of queries a PATE target may ask at a budget, from the data-independent bound with
 * every query answered (Papernot et al. 2018, Proposition 8 for GNMax, a Gaussian check for the
 * threshold; Mironov 2017, Proposition 1 for composition): the largest Q with
 * epsilon(NoisyThreshold(sigma1) x Q + GnMax(sigma2) x Q, delta) <= budget under the
 * {@link RdpAccountant}. It is the worst case over the votes and over the check's noise, so the
 * data-dependent epsilon of the realised run ({@code PateAccounting}, which never exceeds the
 * data-independent bound at any order and charges only the answered queries) stays within the budget.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
public final class PateQueries {

    private PateQueries() {
    }

    /** The data-independent epsilon of Q checks and Q answers at delta. */
    public static double epsilon(long queries, double sigma1, double sigma2, double delta) {
        if (queries == 0) {
            return 0;
        }
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(new NoisyThreshold(sigma1), queries);
        ledger.record(new GnMax(sigma2), queries);
        return new RdpAccountant().epsilon(ledger, delta).epsilon();
    }

    /**
     * The largest Q in [0, cap] whose {@link #epsilon} is at most {@code budget} (binary search:
     * epsilon grows with Q because every order's RDP does). 0 when not even one query fits.
     */
    public static int forBudget(double budget, double sigma1, double sigma2, double delta, int cap) {
        if (!(budget > 0)) {
            throw new IllegalArgumentException("budget=" + budget + ", allowed: > 0");
        }
        if (cap < 0) {
            throw new IllegalArgumentException("cap=" + cap + ", allowed: >= 0");
        }
        int lo = 0;
        int hi = cap;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (epsilon(mid, sigma1, sigma2, delta) <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
