package org.veil.pate.analysis;

import org.veil.pate.aggregate.Votes;

/**
 * The GNMax answer's part of a {@link SensitivityProfile}: its RDP at one order and its local
 * sensitivity by distance (Papernot et al. 2018, Appendix B). When even the unanimous histogram's q~ is
 * above q0, every histogram gets the data-independent bound (given single crossing, which
 * {@link SmoothnessConditions} checks) and the part is a constant with sensitivity 0, as in the
 * authors' script. Immutable; thread-safe.
 */
final class AnswerPart {
    private final double sigma;
    private final double order;
    private final boolean dependent;
    private final GnMaxSensitivity sensitivity;
    private final boolean constant;

    private AnswerPart(double sigma, double order, boolean dependent, GnMaxSensitivity sensitivity, boolean constant) {
        this.sigma = sigma;
        this.order = order;
        this.dependent = dependent;
        this.sensitivity = sensitivity;
        this.constant = constant;
    }

    static AnswerPart of(Votes votes, double sigma, double order, boolean dependent) {
        if (!dependent) {
            return new AnswerPart(sigma, order, false, null, true);
        }
        GnMaxSensitivity s = GnMaxSensitivity.of(sigma, order, votes.classes());
        int[] unanimous = new int[votes.classes()];
        unanimous[0] = votes.teachers();
        boolean constant = GnMaxRdp.logQ(unanimous, sigma) >= s.crossover().logQ0(); // smallest q~ of all histograms
        return new AnswerPart(sigma, order, true, s, constant);
    }

    /** The answer's RDP at the order for this histogram (2018, Thm 6 capped by Prop 8), or Prop 8 alone. */
    double rdp(int[] row) {
        return dependent ? GnMaxRdp.dataDependent(GnMaxRdp.logQ(row, sigma), sigma, order) : worstCase();
    }

    /** The data-independent bound alpha / sigma^2 (2018, Prop 8): an upper bound on {@link #rdp} everywhere. */
    double worstCase() {
        return GnMaxRdp.dataIndependent(sigma, order);
    }

    /** The local sensitivity by distance, made non-decreasing; zeros when the part is constant. */
    double[] sensitivity(int[] row, int distances) {
        if (constant) {
            return new double[distances];
        }
        return SensitivityProfile.runningMax(sensitivity.byDistance(row, distances));
    }

    /** Whether the part depends on the votes (and so the conditions C5, C6 must hold). */
    boolean variable() {
        return !constant;
    }

    /** The sensitivity calculator (null for a data-independent part). */
    GnMaxSensitivity calculator() {
        return sensitivity;
    }

    double sigma() {
        return sigma;
    }
}
