package org.veil.core.privacy.analysis.pld;

/**
 * A cell (a, b] of the output line of a {@link SubsampledGaussianPair}, with its masses under A and B and its
 * privacy loss log(A(a,b]/B(a,b]). Either end can be moved; each end's Gaussian tails are cached, so moving one
 * end re-evaluates only that end. Mutable scratch object used by {@link OutputQuantisation}; not thread-safe;
 * no randomness.
 */
final class Cell {
    private final SubsampledGaussianPair pair;
    private final double[] start = new double[4];
    private final double[] end = new double[4];
    private final double[] masses = new double[2];
    private final double[] densities = new double[2];
    private double a = Double.NaN;
    private double b = Double.NaN;
    private boolean movingEnd = true;

    Cell(SubsampledGaussianPair pair) {
        this.pair = pair;
    }

    /** Sets the cell to (a, b]; only ends that changed are re-evaluated. */
    void set(double newA, double newB) {
        if (newA != a) {
            a = newA;
            pair.point(a, start);
        }
        if (newB != b) {
            b = newB;
            pair.point(b, end);
        }
        pair.masses(start, end, masses);
    }

    /** Chooses which end {@link #move(double)} moves and {@link #lossDerivative()} differentiates in. */
    void moveEnd(boolean end) {
        movingEnd = end;
    }

    /** Moves the chosen end to x. */
    void move(double x) {
        if (movingEnd) {
            set(a, x);
        } else {
            set(x, b);
        }
    }

    double massA() {
        return masses[0];
    }

    /** log(A(a,b]/B(a,b]): +Infinity when B has no mass there. */
    double loss() {
        return Math.log(masses[0]) - Math.log(masses[1]);
    }

    /**
     * d loss / d (moving end): a(b)/A - b(b)/B at the end, b(a)/B - a(a)/A at the start (a, b the densities of A
     * and B); positive either way, since the loss increases along the line.
     */
    double lossDerivative() {
        pair.densities(movingEnd ? b : a, densities);
        double d = densities[0] / masses[0] - densities[1] / masses[1];
        return movingEnd ? d : -d;
    }
}
