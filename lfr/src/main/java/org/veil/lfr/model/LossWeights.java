package org.veil.lfr.model;

/**
 * The weights of the three LFR loss terms, L = Az·Lz + Ax·Lx + Ay·Ly (Zemel et al. 2013, eq. 1).
 *
 * @param ax weight of the reconstruction loss Lx, ≥ 0
 * @param ay weight of the label loss Ly, > 0 (the label head must be trained)
 * @param az weight of the statistical-parity loss Lz, ≥ 0
 */
public record LossWeights(double ax, double ay, double az) {

    public LossWeights {
        check("ax", ax, false);
        check("ay", ay, true);
        check("az", az, false);
    }

    /** The weights of the paper's Adult and German experiments as AIF360 uses them: Ax 0.01, Ay 1, Az 50. */
    public LossWeights() {
        this(0.01, 1.0, 50.0);
    }

    public LossWeights withAz(double newAz) {
        return new LossWeights(ax, ay, newAz);
    }

    private static void check(String name, double v, boolean positive) {
        boolean ok = positive ? v > 0 : v >= 0;
        if (!ok || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + "=" + v + ", allowed: " + (positive ? "> 0" : ">= 0")
                    + " and finite");
        }
    }
}
