package org.veil.evaluate.report;

import org.veil.core.run.Randomness;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.metric.Bootstrap;

/**
 * Bootstrap confidence intervals of an attack's headline numbers, each null when not computed.
 *
 * <p>Immutable. Randomness: {@link #bootstrap} uses only the seed it is given.
 *
 * @param auc            interval of the AUC, or null
 * @param tprAt0_1PctFpr interval of the TPR at 0.1% FPR, or null
 * @param tprAt1PctFpr   interval of the TPR at 1% FPR, or null
 */
public record AttackIntervals(Bootstrap.Interval auc, Bootstrap.Interval tprAt0_1PctFpr,
        Bootstrap.Interval tprAt1PctFpr) {

    /** No intervals (all null). */
    public static AttackIntervals none() {
        return new AttackIntervals(null, null, null);
    }

    /**
     * Stratified percentile bootstrap of the result's evaluation scores ({@link Bootstrap#interval}),
     * one seed per statistic derived from {@code seed} ({@link Randomness#derive}, sub-streams 0, 1, 2) so that
     * the three resamplings are unrelated; each interval records the seed it used.
     *
     * @param resamples  replicates, in [100, 100000]
     * @param confidence nominal coverage, in (0.5, 1)
     */
    public static AttackIntervals bootstrap(AttackResult result, int resamples, double confidence, long seed) {
        double[] m = result.memberScores();
        double[] n = result.nonMemberScores();
        return new AttackIntervals(
                Bootstrap.interval(m, n, r -> r.auc(), resamples, confidence, Randomness.derive(seed, 0)),
                Bootstrap.interval(m, n, r -> r.tprAtFpr(0.001), resamples, confidence, Randomness.derive(seed, 1)),
                Bootstrap.interval(m, n, r -> r.tprAtFpr(0.01), resamples, confidence, Randomness.derive(seed, 2)));
    }
}
