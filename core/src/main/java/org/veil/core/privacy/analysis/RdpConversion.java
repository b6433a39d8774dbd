package org.veil.core.privacy.analysis;

/**
 * Conversions from an RDP guarantee (alpha, rdp) to (epsilon, delta)-DP. Stateless.
 */
public enum RdpConversion {
    /**
     * The improved conversion of Balle, Barthe, Gaboardi, Hsu and Sato 2020 ("Hypothesis testing
     * interpretations and Renyi DP", Theorem 21) and Canonne, Kamath and Steinke 2020 (Proposition 12):
     * epsilon = rdp + log((alpha-1)/alpha) - (log delta + log alpha)/(alpha-1).
     */
    IMPROVED("improved RDP-to-DP conversion (Balle et al. 2020, Thm 21; Canonne, Kamath and Steinke 2020, Prop 12)") {
        @Override
        public double epsilon(double rdp, double order, double delta) {
            if (rdp <= 0) {
                return 0;
            }
            return Math.max(0.0, rdp + Math.log1p(-1 / order)
                    - (Math.log(delta) + Math.log(order)) / (order - 1)); // BBGHS20 Thm 21 / CKS20 Prop 12
        }

        @Override
        public double offset(double order, double delta) {
            return Math.log1p(-1 / order) - (Math.log(delta) + Math.log(order)) / (order - 1); // BBGHS20 Thm 21
        }
    },
    /** The classic conversion of Mironov 2017 ("Renyi differential privacy", Proposition 3): rdp + log(1/delta)/(alpha-1). */
    CLASSIC("classic RDP-to-DP conversion (Mironov 2017, Prop 3)") {
        @Override
        public double epsilon(double rdp, double order, double delta) {
            if (rdp <= 0) {
                return 0;
            }
            return rdp + Math.log(1 / delta) / (order - 1); // Mironov 2017, Proposition 3
        }

        @Override
        public double offset(double order, double delta) {
            return Math.log(1 / delta) / (order - 1); // Mironov 2017, Proposition 3
        }
    };

    private final String description;

    RdpConversion(String description) {
        this.description = description;
    }

    /**
     * The epsilon at {@code delta} implied by RDP {@code rdp} at {@code order}; {@code Infinity} when rdp is.
     *
     * @param order alpha &gt; 1
     * @param delta in (0, 1)
     */
    public abstract double epsilon(double rdp, double order, double delta);

    /**
     * What the conversion adds to the RDP at {@code order} before any clamping at 0:
     * {@code epsilon(rdp) = max(0, rdp + offset)} for rdp &gt; 0 (up to rounding). Used where the RDP itself is a noisy
     * estimate (a smooth-sensitivity release) and the conversion must be applied to it as is.
     */
    public abstract double offset(double order, double delta);

    /** How this conversion is cited in a guarantee's text. */
    public String description() {
        return description;
    }

    /**
     * A conversion-independent shortcut: when delta^2 &gt; 1 - exp(-rdp), the mechanism is already
     * (0, delta)-DP, because RDP of any order bounds the KL divergence (Renyi divergence is
     * non-decreasing in the order) and the Bretagnolle-Huber inequality gives total variation
     * at most sqrt(1 - exp(-KL)) (Canonne 2022, "A short note on an inequality between KL and TV", eq. 2).
     */
    public static boolean zeroEpsilonSuffices(double rdp, double delta) {
        return delta * delta + Math.expm1(-rdp) > 0;
    }
}
