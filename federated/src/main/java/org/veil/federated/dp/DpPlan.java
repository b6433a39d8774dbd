package org.veil.federated.dp;

import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.calibrate.CalibrationTarget;
import org.veil.core.privacy.calibrate.NoiseCalibrator;

/**
 * The fixed numbers of a DP-FedAvg run, decided before the first round: population N, expected
 * cohort m = qN, sample rate q, rounds T, the accounted noise multiplier z (calibrated to the
 * target ε when one is given, never overshooting it) and the update noise multiplier σ_Δ actually
 * added to the update sum (= z with a fixed clip; larger with adaptive clipping, see
 * {@link AdaptiveClipping#updateNoiseMultiplier}).
 *
 * @param population            N, the number of clients that may be sampled
 * @param expectedClients       m = qN
 * @param sampleRate            q
 * @param rounds                T
 * @param noiseMultiplier       z, what the ledger records for every round
 * @param updateNoiseMultiplier σ_Δ
 * @param delta                 δ
 */
public record DpPlan(long population, double expectedClients, double sampleRate, int rounds, double noiseMultiplier,
        double updateNoiseMultiplier, double delta) {

    /**
     * Plans a run.
     *
     * @param options         the DP settings
     * @param population      N &gt;= 1
     * @param expectedClients m in (0, N]
     * @param rounds          T &gt;= 1
     */
    public static DpPlan of(DpFedAvgOptions options, long population, double expectedClients, int rounds) {
        if (population < 1) {
            throw new IllegalArgumentException("population=" + population + ", allowed: >= 1");
        }
        if (!(expectedClients > 0 && expectedClients <= population)) {
            throw new IllegalArgumentException("clientsPerRound=" + expectedClients + ", allowed: (0, " + population
                    + "] (the population)");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds=" + rounds + ", allowed: >= 1");
        }
        options.checkPopulation(population);
        double q = expectedClients / population;
        double z;
        if (options.noiseMultiplier() != null) {
            z = options.noiseMultiplier();
        } else {
            PrivacyAccountant accountant = options.accountant().create();
            z = new NoiseCalibrator(accountant).calibrate(new CalibrationTarget(options.targetEpsilon(),
                    options.delta(), q, rounds)).noiseMultiplier();
        }
        double sigmaDelta = options.adaptive() == null ? z
                : options.adaptive().updateNoiseMultiplier(z, expectedClients);
        return new DpPlan(population, expectedClients, q, rounds, z, sigmaDelta, options.delta());
    }
}
