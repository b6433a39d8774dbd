package org.veil.federated.dp;

import java.util.Objects;
import org.veil.dpsgd.AccountantKind;

/**
 * Client-level (user-level) differential privacy for federated averaging: DP-FedAvg of McMahan,
 * Ramage, Talwar and Zhang 2018 ("Learning Differentially Private Recurrent Language Models", ICLR,
 * Alg. 1) with uniform client weights. Each round every population member joins the cohort
 * independently with probability q = expectedClients / population (Poisson sampling); each
 * update is clipped to L2 norm C, the clipped updates are summed, N(0, σ²C²) noise is added to
 * every coordinate, and the sum is divided by the expected cohort size qN (not the realised one).
 * One round is the subsampled Gaussian mechanism (σ, q) on the population of clients, so
 * adding or removing all of one client's data is what the guarantee covers.
 *
 * @param noiseMultiplier z (noise std = z·C in total, see {@link AdaptiveClipping}); null when
 *                        {@code targetEpsilon} is given
 * @param targetEpsilon   calibrate z so the whole run spends at most this ε; null when z is given
 * @param delta           δ of the guarantee, in (0, 1/population)
 * @param clipNorm        C (the initial clip with adaptive clipping), finite and &gt; 0
 * @param adaptive        adaptive clipping settings, or null for a fixed clip
 * @param accountant      headline accountant (both RDP and PLD are reported)
 */
public record DpFedAvgOptions(Double noiseMultiplier, Double targetEpsilon, double delta, double clipNorm,
        AdaptiveClipping adaptive, AccountantKind accountant) {

    public DpFedAvgOptions {
        Objects.requireNonNull(accountant, "accountant");
        if ((noiseMultiplier == null) == (targetEpsilon == null)) {
            throw new IllegalArgumentException("give exactly one of noiseMultiplier and targetEpsilon");
        }
        if (noiseMultiplier != null && !(noiseMultiplier > 0 && noiseMultiplier <= 1e4)) {
            throw new IllegalArgumentException("noiseMultiplier=" + noiseMultiplier + ", allowed: (0, 10000]");
        }
        if (targetEpsilon != null && !(targetEpsilon > 0 && targetEpsilon <= 1e3)) {
            throw new IllegalArgumentException("targetEpsilon=" + targetEpsilon + ", allowed: (0, 1000]");
        }
        if (!(delta > 0 && delta < 0.1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 0.1) and below 1/population");
        }
        if (!(clipNorm > 0) || Double.isInfinite(clipNorm)) {
            throw new IllegalArgumentException("clipNorm=" + clipNorm + ", allowed: finite and > 0");
        }
    }

    /** Fixed clipping at C with noise multiplier z, δ = 1e-5, RDP headline. */
    public static DpFedAvgOptions fixed(double noiseMultiplier, double clipNorm) {
        return new DpFedAvgOptions(noiseMultiplier, null, 1e-5, clipNorm, null, AccountantKind.RDP);
    }

    public DpFedAvgOptions withTargetEpsilon(double epsilon) {
        return new DpFedAvgOptions(null, epsilon, delta, clipNorm, adaptive, accountant);
    }

    public DpFedAvgOptions withAdaptive(AdaptiveClipping a) {
        return new DpFedAvgOptions(noiseMultiplier, targetEpsilon, delta, clipNorm, a, accountant);
    }

    public DpFedAvgOptions withDelta(double d) {
        return new DpFedAvgOptions(noiseMultiplier, targetEpsilon, d, clipNorm, adaptive, accountant);
    }

    /** Refuses δ ≥ 1/population (a δ that large allows releasing one client's data outright). */
    public void checkPopulation(long population) {
        if (!(delta < 1.0 / population)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: < 1/population = " + (1.0 / population));
        }
    }
}
