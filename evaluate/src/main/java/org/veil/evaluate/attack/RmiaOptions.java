package org.veil.evaluate.attack;

/**
 * Options of {@link RmiaAttack}.
 *
 * @param gamma   γ ≥ 1: x "dominates" a population sample z when its likelihood ratio exceeds z's by
 *                this factor (Zarifzadeh et al. 2024, section 3, equation 4); default 2
 * @param offlineA a in (0, 1]: the offline approximation Pr(x) ≈ ½((1 + a)·Pr_out(x) + (1 − a))
 *                (section 3, "offline"), used for population samples and, when {@code online} is
 *                false, for the candidates; a = 1 means no correction; default 0.3
 * @param online  use the reference models trained with each candidate as well (Pr(x) = the mean
 *                over all reference models), or only those without it
 */
public record RmiaOptions(double gamma, double offlineA, boolean online) {

    public RmiaOptions {
        if (!(gamma >= 1 && gamma < 1e6)) {
            throw new IllegalArgumentException("gamma=" + gamma + ", allowed: [1, 1e6)");
        }
        if (!(offlineA > 0 && offlineA <= 1)) {
            throw new IllegalArgumentException("offlineA=" + offlineA + ", allowed: (0, 1]");
        }
    }

    /** γ = 2, a = 0.3, online. */
    public RmiaOptions() {
        this(2, 0.3, true);
    }
}
