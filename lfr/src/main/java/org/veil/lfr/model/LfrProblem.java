package org.veil.lfr.model;

import java.util.Objects;

/**
 * The rows an LFR objective is fitted on: encoded features, the binary label (1 = favourable class) and
 * the side of the protected attribute (1 = privileged, 0 = the rest).
 *
 * <p>Immutable by convention (arrays are shared, never written). Both sides must be non-empty: the
 * statistical-parity term Lz (Zemel et al. 2013, eq. 4) compares their mean memberships.
 *
 * @param x          n × d features
 * @param favourable 1 when the row's label is the favourable class, else 0
 * @param privileged 1 when the row is on the privileged side, else 0
 */
public record LfrProblem(double[][] x, int[] favourable, int[] privileged) {

    public LfrProblem {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(favourable, "favourable");
        Objects.requireNonNull(privileged, "privileged");
        if (x.length == 0) {
            throw new IllegalArgumentException("rows=0, allowed: >= 1");
        }
        if (favourable.length != x.length || privileged.length != x.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows, favourable " + favourable.length
                    + ", privileged " + privileged.length + "; they must be equal");
        }
        int d = x[0].length;
        int priv = 0;
        for (int n = 0; n < x.length; n++) {
            if (x[n].length != d) {
                throw new IllegalArgumentException("x[" + n + "] has " + x[n].length + " columns, x[0] has " + d);
            }
            if ((favourable[n] | 1) != 1 || (privileged[n] | 1) != 1) {
                throw new IllegalArgumentException("row " + n + ": favourable and privileged must be 0 or 1");
            }
            priv += privileged[n];
        }
        if (priv == 0 || priv == x.length) {
            throw new IllegalArgumentException("privileged rows=" + priv + " of " + x.length
                    + ", allowed: both sides non-empty (the protected attribute is constant)");
        }
    }

    public int rows() {
        return x.length;
    }

    public int features() {
        return x[0].length;
    }

    /** Number of privileged rows. */
    public int privilegedRows() {
        int s = 0;
        for (int p : privileged) {
            s += p;
        }
        return s;
    }

    /** The rows {@code index}, in that order. */
    public LfrProblem subset(int[] index) {
        double[][] xs = new double[index.length][];
        int[] f = new int[index.length];
        int[] p = new int[index.length];
        for (int j = 0; j < index.length; j++) {
            xs[j] = x[index[j]];
            f[j] = favourable[index[j]];
            p[j] = privileged[index[j]];
        }
        return new LfrProblem(xs, f, p);
    }
}
