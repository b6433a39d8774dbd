package org.veil.core.privacy.analysis.pld;

import org.veil.core.privacy.analysis.LogSpace;

/**
 * One direction of the Poisson-subsampled Gaussian mechanism (sensitivity 1, noise multiplier sigma,
 * sampling rate q) as a pair of distributions (A, B) on the real line, written in a coordinate u in which
 * the privacy loss l(u) = log(A(u)/B(u)) is increasing. The hockey-stick divergence of the pair is
 * delta(eps) = E_{u~A}[(1 - exp(eps - l(u)))_+] (Sommer, Meiser and Mohammadi 2019, Definition 4.1).
 *
 * <p>With M = (1-q) N(0, sigma^2) + q N(s, sigma^2) and r(u) = log(M(u)/N(0,sigma^2)(u)) =
 * log((1-q) + q exp((2su - 1)/(2 sigma^2))):
 * <ul>
 *   <li>{@link Direction#REMOVE}: s = +1, A = M, B = N(0, sigma^2), l = r: the pair (P, Q) of a neighbour
 *       that removes a record, loss L(x) = log((1-q) + q exp((2x-1)/(2 sigma^2))) (Koskela, Jalko and
 *       Honkela 2020, section 5; Mironov, Talwar and Zhang 2019, section 3);</li>
 *   <li>{@link Direction#ADD}: s = -1, A = N(0, sigma^2), B = M, l = -r: the pair (Q, P) of a neighbour that
 *       adds a record, written in u = -x so that the loss -L(x) increases with u.</li>
 * </ul>
 * For q = 1 both directions have the same privacy loss distribution, N(1/(2 sigma^2), 1/sigma^2).
 *
 * <p>Immutable and thread-safe; no randomness.
 */
public final class SubsampledGaussianPair {

    /** Which neighbour of the add/remove-one relation the pair describes. */
    public enum Direction { REMOVE, ADD }

    private final double q;
    private final double sigma;
    private final Direction direction;
    private final double shift;
    private final double logQ;
    private final double log1mQ;

    public SubsampledGaussianPair(double q, double sigma, Direction direction) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("q=" + q + ", allowed: (0, 1]");
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma=" + sigma + ", allowed: > 0 and finite");
        }
        this.q = q;
        this.sigma = sigma;
        this.direction = direction;
        this.shift = direction == Direction.REMOVE ? 1 : -1;
        this.logQ = Math.log(q);
        this.log1mQ = Math.log1p(-q);
    }

    public Direction direction() {
        return direction;
    }

    /** The privacy loss at u. */
    public double loss(double u) {
        double r = logRatio(u);
        return direction == Direction.REMOVE ? r : -r;
    }

    /** The u with loss(u) = l; -Infinity / +Infinity below / above the range of the loss. */
    public double inverseLoss(double l) {
        double rho = direction == Direction.REMOVE ? l : -l;
        double v; // v = (2su - 1)/(2 sigma^2) solves log((1-q) + q e^v) = rho
        if (q == 1) {
            v = rho;
        } else if (!(rho > log1mQ)) {
            return direction == Direction.REMOVE ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (rho > 0) {
            v = rho + Math.log1p(-(1 - q) * Math.exp(-rho)) - logQ; // log((e^rho - (1-q))/q), no overflow
        } else {
            v = Math.log((Math.expm1(rho) + q) / q);
        }
        return shift * (sigma * sigma * v + 0.5); // invert (2su - 1)/(2 sigma^2) = v with s = +-1
    }

    /** The infimum of the loss: log(1-q) for REMOVE with q &lt; 1, else -Infinity. */
    public double minLoss() {
        return direction == Direction.REMOVE && q < 1 ? log1mQ : Double.NEGATIVE_INFINITY;
    }

    /** The supremum of the loss: -log(1-q) for ADD with q &lt; 1, else +Infinity. */
    public double maxLoss() {
        return direction == Direction.ADD && q < 1 ? -log1mQ : Double.POSITIVE_INFINITY;
    }

    /** The mean of A, a point in the bulk of its mass: q for REMOVE (the mixture), 0 for ADD. */
    public double bulkPoint() {
        return direction == Direction.REMOVE ? q : 0;
    }

    /** A point below which A has mass at most {@code tail} (a Gaussian tail bound on every component). */
    public double lowerTailPoint(double tail) {
        return Math.min(0, direction == Direction.REMOVE ? 1 : 0) - sigma * tailQuantile(tail);
    }

    /** A point above which A has mass at most {@code tail}. */
    public double upperTailPoint(double tail) {
        return Math.max(0, direction == Direction.REMOVE ? 1 : 0) + sigma * tailQuantile(tail);
    }

    /**
     * Evaluates both Gaussian components at u for later {@link #masses(double[], double[], double[])}:
     * {@code out = {z0, tail0, zs, tails}}, z the standardised point and tail = P(N(0,1) beyond |z| on z's side).
     */
    public void point(double u, double[] out) {
        out[0] = u / sigma;
        out[1] = GaussianTail.tail(out[0]);
        out[2] = (u - shift) / sigma;
        out[3] = GaussianTail.tail(out[2]);
    }

    /** A(a, b] and B(a, b] for a &lt;= b given {@link #point} evaluations at a and b: {mass of A, mass of B}. */
    public void masses(double[] pointA, double[] pointB, double[] out) {
        double m0 = GaussianTail.mass(pointA[0], pointA[1], pointB[0], pointB[1]);
        double ms = GaussianTail.mass(pointA[2], pointA[3], pointB[2], pointB[3]);
        double mixture = (1 - q) * m0 + q * ms;
        out[0] = direction == Direction.REMOVE ? mixture : m0;
        out[1] = direction == Direction.REMOVE ? m0 : mixture;
    }

    /** The densities of A and B at u, as {density of A, density of B}. */
    public void densities(double u, double[] out) {
        double d0 = gaussianDensity(0, u);
        double ds = gaussianDensity(shift, u);
        double mixture = (1 - q) * d0 + q * ds;
        out[0] = direction == Direction.REMOVE ? mixture : d0;
        out[1] = direction == Direction.REMOVE ? d0 : mixture;
    }

    /** r(u) = log((1-q) + q exp((2su - 1)/(2 sigma^2))) (Mironov, Talwar and Zhang 2019, section 3). */
    private double logRatio(double u) {
        double v = (2 * shift * u - 1) / (2 * sigma * sigma);
        return q == 1 ? v : LogSpace.add(log1mQ, logQ + v);
    }

    private double gaussianDensity(double mean, double u) {
        double z = (u - mean) / sigma;
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    /** z with P(N(0,1) &gt; z) &lt;= tail: the bound exp(-z^2/2)/2 (Mill's ratio for z &gt;= 1) with margin. */
    private static double tailQuantile(double tail) {
        return Math.max(1, Math.sqrt(2 * Math.log(1 / tail)));
    }
}
