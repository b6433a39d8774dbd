package org.veil.core.privacy.analysis.pld;

import org.veil.core.privacy.analysis.LogSpace;

/**
 * An optimistic discretisation of one step's privacy loss distribution: a randomised
 * post-processing of the mechanism whose output pair lives on the loss grid, so that by the data
 * processing inequality its hockey-stick divergence is at most the true one at every epsilon, and
 * composition keeps the order (Dwork and Roth 2014, Prop. 2.1; Zhu, Dong and Wang 2022).
 *
 * <p>Outputs are merged, never split. Each bucket is first merged into one atom with loss
 * log(u / w) inside the bucket (Meiser and Mohammadi 2018, privacy buckets). A sweep then walks
 * the atoms in loss order carrying a running atom: going down, the running atom (loss above grid point g_k)
 * absorbs just enough of the next lower atom for the merged loss to be exactly g_k; going up, it
 * absorbs just enough of the next higher atom to reach the grid point above it. The one atom left
 * at the end has its loss rounded down, as has the upper truncated tail (to the top grid point);
 * the lower truncated tail is dropped (loss -Infinity). Each move only merges outputs or lowers a
 * loss. With Y = exp(-loss) a merge is a conditional expectation, the dual of the connect-the-dots
 * spread in {@link PessimisticDiscretisation}, so the error is second order in the interval, except
 * for the final rounding, which is first order in the mass of the last running atom.
 *
 * <p>That mass is small unless the sweep ends at a pile of mass, as it does for small q, where
 * most of the remove direction's mass sits in the bottom bucket next to log(1 - q). So both sweeps
 * are run and the one with the larger mean loss (the smaller first-order loss) is kept; each alone
 * is a valid optimistic bound, so the choice is too.
 *
 * <p>Stateless and thread-safe; no randomness.
 */
final class OptimisticDiscretisation {

    private OptimisticDiscretisation() {
    }

    static GridPmf of(LossBuckets buckets) {
        double[] down = sweepDown(buckets);
        double[] up = sweepUp(buckets);
        double[] best = meanIndex(down) >= meanIndex(up) ? down : up;
        best[best.length - 1] += buckets.aboveMass();
        return new GridPmf(buckets.low(), best, 0);
    }

    /** Top-down sweep: each emitted atom is at the grid point just below the running atom's loss. */
    private static double[] sweepDown(LossBuckets b) {
        int n = b.size();
        double[] probs = new double[n + 1];
        double restMass = 0;
        double restLoss = 0;
        int target = n;
        for (int j = n - 1; j >= 0; j--) {
            double u = b.upper()[j];
            if (!(u > 0)) {
                continue;
            }
            double lambda = mergedLoss(u, b.lower()[j]);
            if (restMass > 0) {
                double g = b.gridLoss(target);
                // fraction f of atom A bringing the merged loss to g, from (p_R + f p_A) / (q_R + f q_A) = e^g:
                // p_R (1 - e^{g - l_R}) = f p_A (e^{g - l_A} - 1)
                double excess = restMass * -Math.expm1(g - restLoss);
                double pull = u * Math.expm1(g - lambda);
                if (excess > 0 && pull > 0 && excess >= pull) {
                    restLoss = absorb(restMass, restLoss, u, lambda);
                    restMass += u;
                    continue;
                }
                double f = excess > 0 && pull > 0 ? excess / pull : 0;
                probs[target] += restMass + f * u;
                u *= 1 - f;
            }
            restMass = u;
            restLoss = lambda;
            target = j;
        }
        probs[target] += restMass;
        return probs;
    }

    /** Bottom-up sweep: each emitted atom is at the grid point just above the running atom's loss. */
    private static double[] sweepUp(LossBuckets b) {
        int n = b.size();
        double[] probs = new double[n + 1];
        double restMass = 0;
        double restLoss = 0;
        int target = 0;
        for (int j = 0; j < n; j++) {
            double u = b.upper()[j];
            if (!(u > 0)) {
                continue;
            }
            double lambda = mergedLoss(u, b.lower()[j]);
            if (restMass > 0) {
                double g = b.gridLoss(target);
                // the same balance with the signs turned: p_R (e^{g - l_R} - 1) = f p_A (1 - e^{g - l_A})
                double deficit = restMass * Math.expm1(g - restLoss);
                double pull = u * -Math.expm1(g - lambda);
                if (deficit > 0 && pull > 0 && deficit >= pull) {
                    restLoss = absorb(restMass, restLoss, u, lambda);
                    restMass += u;
                    continue;
                }
                double f = deficit > 0 && pull > 0 ? deficit / pull : 0;
                // a running atom that cannot be lifted to g is rounded down to the grid point below
                probs[deficit > 0 && f == 0 ? target - 1 : target] += restMass + f * u;
                u *= 1 - f;
            }
            restMass = u;
            restLoss = lambda;
            target = j + 1;
        }
        probs[Math.max(0, target - 1)] += restMass;
        return probs;
    }

    /** The loss log(u / w) of a bucket merged into one output; +Infinity when w underflowed. */
    private static double mergedLoss(double u, double w) {
        return w > 0 ? Math.log(u) - Math.log(w) : Double.POSITIVE_INFINITY;
    }

    /** Loss of two merged atoms: log((p1 + p2) / (q1 + q2)) with q = p e^{-loss}. */
    private static double absorb(double p1, double loss1, double p2, double loss2) {
        double logQ = LogSpace.add(Math.log(p1) - loss1, Math.log(p2) - loss2);
        return Math.log(p1 + p2) - logQ;
    }

    private static double meanIndex(double[] probs) {
        double s = 0;
        for (int i = 0; i < probs.length; i++) {
            s += probs[i] * i;
        }
        return s;
    }
}
