package org.veil.lfr.optim;

/** Minimiser of the cubic that interpolates φ and φ' at two step lengths. Stateless. */
final class CubicStep {
    private CubicStep() {
    }

    /**
     * The minimiser of the cubic through (a, φ(a), φ'(a)) and (b, φ(b), φ'(b)) (Nocedal &amp; Wright, 2nd ed.,
     * eq. 3.59 with α_{i−1} = a, α_i = b); NaN when the cubic has no minimiser (the caller then bisects).
     */
    static double minimizer(double a, double phiA, double dphiA, double b, double phiB, double dphiB) {
        // d1 = φ'(a) + φ'(b) − 3 (φ(a) − φ(b)) / (a − b) (N&W eq. 3.59).
        double d1 = dphiA + dphiB - 3 * (phiA - phiB) / (a - b);
        double discriminant = d1 * d1 - dphiA * dphiB;
        if (!(discriminant >= 0)) {
            return Double.NaN;
        }
        // d2 = sign(b − a) sqrt(d1² − φ'(a) φ'(b)) (N&W eq. 3.59).
        double d2 = Math.signum(b - a) * Math.sqrt(discriminant);
        // α = b − (b − a) [φ'(b) + d2 − d1] / [φ'(b) − φ'(a) + 2 d2] (N&W eq. 3.59).
        return b - (b - a) * (dphiB + d2 - d1) / (dphiB - dphiA + 2 * d2);
    }
}
