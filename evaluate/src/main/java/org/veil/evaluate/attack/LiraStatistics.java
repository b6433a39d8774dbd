package org.veil.evaluate.attack;

/**
 * The per-example statistics of LiRA (Carlini et al. 2022, "Membership inference attacks from first
 * principles", IEEE S&amp;P, section IV): the model's confidence in the true label is logit-scaled,
 * φ = ln(p_y / (1 − p_y)) (section IV.B: makes the shadow distributions close to Gaussian), and
 * compared with Gaussians fitted to the same statistic from shadow models trained with ("in") and
 * without ("out") the example.
 *
 * <ul>
 *   <li>online: log N(φ; μ_in, σ_in²) − log N(φ; μ_out, σ_out²), the log of the likelihood ratio
 *       Λ (Algorithm 1, line 13);</li>
 *   <li>offline: (φ − μ_out)/σ_out, a monotone transform of the one-sided test
 *       Λ = Pr[Z &lt; φ], Z ~ N(μ_out, σ_out²) (section IV.C, "offline"), which gives the same ROC curve
 *       and stays finite far in the tail.</li>
 * </ul>
 * With few shadow models the per-example variances are unreliable; callers may pass one global
 * standard deviation instead (section VI.A, "fixed variance").
 *
 * <p>Stateless.
 */
public final class LiraStatistics {
    /** Probabilities are kept at least this far from 0 and 1 so that φ stays finite. */
    static final double EDGE = 1e-30;

    private LiraStatistics() {
    }

    /**
     * φ = ln p_y − ln(Σ_{j≠y} p_j), computed from the other classes' mass so that confidences near 1 keep
     * their precision (Carlini et al. 2022, section IV.B).
     */
    public static double logitConfidence(double[] probabilities, int label) {
        double other = 0;
        for (int j = 0; j < probabilities.length; j++) {
            if (j != label) {
                other += probabilities[j];
            }
        }
        return Math.log(Math.max(EDGE, probabilities[label])) - Math.log(Math.max(EDGE, other));
    }

    /** Online LiRA score: the log likelihood ratio of φ under the in and out Gaussians. */
    public static double online(double phi, double meanIn, double sdIn, double meanOut, double sdOut) {
        return logNormalDensity(phi, meanIn, sdIn) - logNormalDensity(phi, meanOut, sdOut);
    }

    /** Offline LiRA score: how many out-standard-deviations φ lies above the out mean. */
    public static double offline(double phi, double meanOut, double sdOut) {
        checkSd(sdOut);
        return (phi - meanOut) / sdOut;
    }

    /** Mean of the values (at least one). */
    public static double mean(double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException("no shadow statistics, allowed: at least 1");
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n − 1 in the denominator; at least two values). */
    public static double sd(double[] v) {
        if (v.length < 2) {
            throw new IllegalArgumentException("shadow statistics=" + v.length + ", allowed: at least 2 for a "
                    + "per-example variance (or use a global one)");
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    // ln N(x; mu, sd^2) = -ln(sd) - ln(2 pi)/2 - (x - mu)^2 / (2 sd^2).
    private static double logNormalDensity(double x, double mu, double sd) {
        checkSd(sd);
        double z = (x - mu) / sd;
        return -Math.log(sd) - 0.5 * Math.log(2 * Math.PI) - 0.5 * z * z;
    }

    private static void checkSd(double sd) {
        if (!(sd > 0 && Double.isFinite(sd))) {
            throw new IllegalArgumentException("standard deviation=" + sd + ", allowed: > 0 and finite");
        }
    }
}
