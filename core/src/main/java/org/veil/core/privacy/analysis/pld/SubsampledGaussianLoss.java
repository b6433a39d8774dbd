package org.veil.core.privacy.analysis.pld;

import org.veil.core.privacy.analysis.Erfc;

/**
 * The privacy loss of one Poisson-subsampled Gaussian step (sensitivity 1) in one direction, as a
 * monotone function of the output x, and the masses its two distributions put on loss buckets.
 *
 * <p>With P = (1-q) N(0, s^2) + q N(1, s^2) and Q = N(0, s^2), the remove direction is the pair
 * (P, Q) with loss L(x) = log((1-q) + q exp((2x-1) / (2 s^2))), x ~ P; the add direction is (Q, P)
 * with loss -L(x), x ~ Q (Koskela, Jalko and Honkela 2020; Zhu, Dong and Wang 2022; dp_accounting's
 * {@code GaussianPrivacyLoss} with {@code sampling_prob}). L is increasing in x, so a loss bucket is an x interval whose masses are differences
 * of normal tails, each taken on the side where it is small so that no digits cancel.
 *
 * <p>Immutable and thread-safe; no randomness.
 */
final class SubsampledGaussianLoss {
    private static final double SQRT2 = Math.sqrt(2);

    private final double sigma;
    private final double q;
    private final LossDirection direction;

    SubsampledGaussianLoss(double sigma, double q, LossDirection direction) {
        this.sigma = sigma;
        this.q = q;
        this.direction = direction;
    }

    LossDirection direction() {
        return direction;
    }

    /** The privacy loss at output x: L(x) for remove, -L(x) for add. */
    double lossAt(double x) {
        // u = log N(1, s^2)(x) / N(0, s^2)(x) (Mironov, Talwar and Zhang 2019, section 3)
        double u = (2 * x - 1) / (2 * sigma * sigma);
        double l;
        if (q == 1) {
            l = u;
        } else if (u > 0) {
            // L = log((1-q) + q e^u) = u + log(q + (1-q) e^-u) (Koskela, Jalko and Honkela 2020)
            l = u + Math.log(q + (1 - q) * Math.exp(-u));
        } else {
            // L = log(1 + q (e^u - 1)) (Koskela, Jalko and Honkela 2020)
            l = Math.log1p(q * Math.expm1(u));
        }
        return direction == LossDirection.REMOVE ? l : -l;
    }

    /**
     * The output x with lossAt(x) = loss: increasing in loss for remove, decreasing for add;
     * -Infinity where the loss lies beyond the range on the side of small x.
     */
    double outputAt(double loss) {
        double l = direction == LossDirection.REMOVE ? loss : -loss;
        double u;
        if (q == 1) {
            u = l;
        } else if (l <= Math.log1p(-q)) {
            return Double.NEGATIVE_INFINITY;
        } else if (l > 0) {
            // e^l - (1-q) = q e^u, solved for u without overflow
            u = l + Math.log1p(-(1 - q) * Math.exp(-l)) - Math.log(q);
        } else {
            u = Math.log1p(Math.expm1(l) / q);
        }
        return sigma * sigma * u + 0.5;
    }

    /**
     * The grid indices [lo, hi] (losses lo*h .. hi*h) that hold all but at most {@code tailMass} of
     * the upper distribution on each side; a bounded side ends at the bound rounded outwards.
     */
    long[] gridRange(double interval, double tailMass) {
        double z = upperNormalQuantile(tailMass);
        double lowLoss;
        double highLoss;
        if (direction == LossDirection.REMOVE) {
            highLoss = lossAt(1 + sigma * z);
            lowLoss = q < 1 ? Math.log1p(-q) : lossAt(1 - sigma * z);
        } else {
            lowLoss = lossAt(sigma * z);
            highLoss = q < 1 ? -Math.log1p(-q) : lossAt(-sigma * z);
        }
        double lo = Math.floor(lowLoss / interval);
        double hi = Math.ceil(highLoss / interval);
        if (!(Math.abs(lo) < 1e17 && Math.abs(hi) < 1e17)) {
            throw new ArithmeticException("loss range [" + lowLoss + ", " + highLoss + "] too wide for interval " + interval);
        }
        return new long[] {(long) lo, Math.max((long) hi, (long) lo + 1)};
    }

    /**
     * Masses of the buckets (g_j, g_{j+1}], g_j = j * interval, for j in [lo, hi): the upper and
     * lower distributions' masses on each bucket, the upper mass at losses &lt;= g_lo and the upper
     * mass at losses &gt; g_hi.
     */
    LossBuckets buckets(double interval, long lo, long hi) {
        int n = Math.toIntExact(hi - lo);
        double[] upper = new double[n];
        double[] lower = new double[n];
        double xPrev = outputAt(lo * interval);
        double t0Prev = tail(xPrev, 0);
        double t1Prev = tail(xPrev, 1);
        double xFirst = xPrev;
        for (int j = 0; j < n; j++) {
            double x = outputAt((lo + j + 1) * interval);
            double t0 = tail(x, 0);
            double t1 = tail(x, 1);
            double m0 = between(xPrev, t0Prev, x, t0, 0);
            double m1 = between(xPrev, t1Prev, x, t1, 1);
            double mixture = q == 1 ? m1 : (1 - q) * m0 + q * m1;
            upper[j] = direction == LossDirection.REMOVE ? mixture : m0;
            lower[j] = direction == LossDirection.REMOVE ? m0 : mixture;
            xPrev = x;
            t0Prev = t0;
            t1Prev = t1;
        }
        // remove: losses <= g_lo are outputs left of x(g_lo); add: right of it (loss decreases in x)
        boolean remove = direction == LossDirection.REMOVE;
        double below = upperOutside(xFirst, !remove);
        double above = upperOutside(xPrev, remove);
        return new LossBuckets(lo, interval, upper, lower, below, above);
    }

    /** The exact hockey-stick divergence delta(eps) = P_up(loss &gt; eps) - e^eps P_low(loss &gt; eps) of this pair. */
    double hockeyStick(double eps) {
        double x = outputAt(eps);
        boolean right = direction == LossDirection.REMOVE;
        double m0 = outside(x, 0, right);
        double m1 = outside(x, 1, right);
        double mixture = q == 1 ? m1 : (1 - q) * m0 + q * m1;
        double up = direction == LossDirection.REMOVE ? mixture : m0;
        double low = direction == LossDirection.REMOVE ? m0 : mixture;
        // delta(eps) = P(L > eps) - e^eps Q(L > eps) (Sommer, Meiser and Mohammadi 2019, sec. 4.4; Koskela et al. 2020)
        return Math.max(0, up - Math.exp(eps) * low);
    }

    private double upperOutside(double x, boolean right) {
        double m0 = outside(x, 0, right);
        double m1 = outside(x, 1, right);
        if (direction == LossDirection.ADD) {
            return m0;
        }
        return q == 1 ? m1 : (1 - q) * m0 + q * m1;
    }

    /** Mass of N(mean, s^2) right (or left) of x. */
    private double outside(double x, double mean, boolean right) {
        double t = tail(x, mean);
        boolean xRight = x >= mean;
        return xRight == right ? t : 1 - t;
    }

    /** The smaller tail of N(mean, s^2) at x: Phi(-|x - mean| / s). */
    private double tail(double x, double mean) {
        if (Double.isInfinite(x)) {
            return 0;
        }
        // Phi(-z) = erfc(z / sqrt 2) / 2 (Abramowitz and Stegun 1964, 7.1.2 and 26.2.29)
        return 0.5 * Erfc.erfc(Math.abs(x - mean) / (sigma * SQRT2));
    }

    /** Mass of N(mean, s^2) between outputs a and b (either order), from their small tails. */
    private static double between(double a, double ta, double b, double tb, double mean) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double tLo = a <= b ? ta : tb;
        double tHi = a <= b ? tb : ta;
        if (lo >= mean) {
            return Math.max(0, tLo - tHi);
        }
        if (hi <= mean) {
            return Math.max(0, tHi - tLo);
        }
        return Math.max(0, 1 - tLo - tHi);
    }

    /** The smallest z (to 1e-12) with Phi(-z) &lt;= tail, for tail in (0, 1/2]. */
    static double upperNormalQuantile(double tail) {
        double lo = 0;
        double hi = 40;
        for (int i = 0; i < 80 && hi - lo > 1e-12; i++) {
            double mid = 0.5 * (lo + hi);
            if (0.5 * Erfc.erfc(mid / SQRT2) > tail) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
