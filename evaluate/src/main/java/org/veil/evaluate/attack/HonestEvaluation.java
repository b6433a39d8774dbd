package org.veil.evaluate.attack;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.veil.core.run.Randomness;
import org.veil.evaluate.metric.EmpiricalEpsilon;
import org.veil.evaluate.metric.RocCurve;

/**
 * Turns per-example attack scores into an {@link AttackResult} without overstating leakage: each
 * side is split at random (seeded) into a calibration part, which only chooses the decision
 * threshold, and an evaluation part, on which the ROC curve, the confusion counts and the empirical
 * ε lower bound are computed. Choosing the threshold on the reported data would make the reported
 * TPR/FPR, and the ε bound derived from them, optimistically biased (Jagielski et al. 2020,
 * section 4: the threshold must be fixed before the counts that certify it).
 *
 * <p>The threshold maximises a smoothed point estimate of ε on the calibration part,
 * max(ln((1 − FPR)/FNR), ln((1 − FNR)/FPR)) with add-one smoothing of both rates. Stateless.
 */
final class HonestEvaluation {

    private HonestEvaluation() {
    }

    static AttackResult evaluate(String attack, double[] memberScores, double[] nonMemberScores, AttackContext ctx) {
        if (memberScores.length < 2 || nonMemberScores.length < 2) {
            throw new IllegalArgumentException("members=" + memberScores.length + ", nonMembers="
                    + nonMemberScores.length + ", allowed: at least 2 of each (one to calibrate, one to evaluate)");
        }
        SplittableRandom random = new SplittableRandom(ctx.seed());
        int[][] mi = split(memberScores.length, ctx.calibrationShare(), random);
        int[][] ni = split(nonMemberScores.length, ctx.calibrationShare(), random);
        double threshold = chooseThreshold(pick(memberScores, mi[0]), pick(nonMemberScores, ni[0]));
        double[] m = pick(memberScores, mi[1]);
        double[] n = pick(nonMemberScores, ni[1]);
        AttackResult.Confusion c = AttackResult.Confusion.at(threshold, m, n);
        double eps = EmpiricalEpsilon.lowerBound(c.truePositives(), c.falseNegatives(), c.falsePositives(),
                c.trueNegatives(), ctx.delta(), ctx.confidence());
        String rule = String.format(java.util.Locale.ROOT, "chosen on a held-out calibration split (%.0f%% of each "
                + "side, seed %d); reported numbers from the other %.0f%%", 100 * ctx.calibrationShare(), ctx.seed(),
                100 * (1 - ctx.calibrationShare()));
        return new AttackResult(attack, m, n, mi[1], ni[1], RocCurve.of(m, n), threshold, rule, c, eps, ctx.seed());
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = v[rows[k]];
        }
        return out;
    }

    /** Row indices [calibration, evaluation], each non-empty, from a seeded Fisher–Yates shuffle (Knuth, TAOCP 3.4.2 P). */
    static int[][] split(int size, double share, SplittableRandom random) {
        int[] s = new int[size];
        Arrays.setAll(s, i -> i);
        Randomness.shuffle(s, random);
        int cut = (int) Math.round(share * s.length);
        cut = Math.max(1, Math.min(s.length - 1, cut));
        return new int[][] {Arrays.copyOfRange(s, 0, cut), Arrays.copyOfRange(s, cut, s.length)};
    }

    static double chooseThreshold(double[] members, double[] nonMembers) {
        RocCurve roc = RocCurve.of(members, nonMembers);
        double[] fpr = roc.fpr();
        double[] tpr = roc.tpr();
        double[] th = roc.thresholds();
        int np = members.length;
        int nn = nonMembers.length;
        double best = Double.NEGATIVE_INFINITY;
        double bestThreshold = th[th.length - 1];
        for (int k = 1; k < th.length; k++) {
            // Add-one smoothed rates: counts + 1 over totals + 2.
            double fp = (fpr[k] * nn + 1) / (nn + 2);
            double fn = ((1 - tpr[k]) * np + 1) / (np + 2);
            double e = Math.max(Math.log((1 - fp) / fn), Math.log((1 - fn) / fp));
            if (e > best) {
                best = e;
                bestThreshold = th[k];
            }
        }
        return bestThreshold;
    }
}
