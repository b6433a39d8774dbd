package org.veil.evaluate.metric;

import java.util.Arrays;

/**
 * The ROC curve of a membership-inference attack from its per-example scores. Conventions (fixed
 * and tested): <b>member = positive class</b>, <b>a higher score means more likely a member</b>, and
 * the attack predicts "member" when score ≥ threshold. The curve has one point per distinct score
 * (ties move together), plus (0, 0); it ends at (1, 1).
 *
 * <p>Immutable and thread-safe. References: Fawcett 2006, "An introduction to ROC analysis",
 * Pattern Recognition Letters 27, Algorithm 2 (points from sorted scores, ties grouped); Carlini et
 * al. 2022, "Membership inference attacks from first principles", section III (TPR at low FPR).
 */
public final class RocCurve {
    private final double[] fpr;
    private final double[] tpr;
    private final double[] thresholds;
    private final int members;
    private final int nonMembers;
    private final double auc;

    private RocCurve(double[] fpr, double[] tpr, double[] thresholds, int members, int nonMembers, double auc) {
        this.fpr = fpr;
        this.tpr = tpr;
        this.thresholds = thresholds;
        this.members = members;
        this.nonMembers = nonMembers;
        this.auc = auc;
    }

    /**
     * The curve of these scores.
     *
     * @param memberScores    scores of examples that were in the training data (positives), at least one
     * @param nonMemberScores scores of examples that were not (negatives), at least one
     * @throws IllegalArgumentException on an empty side or a NaN score
     */
    public static RocCurve of(double[] memberScores, double[] nonMemberScores) {
        double[] pos = normalised("memberScores", memberScores);
        double[] neg = normalised("nonMemberScores", nonMemberScores);
        Arrays.sort(pos);
        Arrays.sort(neg);
        int np = pos.length;
        int nn = neg.length;
        double[] fx = new double[np + nn + 1];
        double[] ty = new double[np + nn + 1];
        double[] th = new double[np + nn + 1];
        th[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        int i = np - 1;
        int j = nn - 1;
        // Fawcett 2006, Algorithm 2: walk the thresholds from the highest score down; ties form one step.
        while (i >= 0 || j >= 0) {
            double t = Math.max(i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY, j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
            while (i >= 0 && pos[i] == t) {
                i--;
            }
            while (j >= 0 && neg[j] == t) {
                j--;
            }
            fx[points] = (double) (nn - 1 - j) / nn;
            ty[points] = (double) (np - 1 - i) / np;
            th[points] = t;
            points++;
        }
        return new RocCurve(Arrays.copyOf(fx, points), Arrays.copyOf(ty, points), Arrays.copyOf(th, points), np, nn,
                area(Arrays.copyOf(fx, points), Arrays.copyOf(ty, points)));
    }

    // The trapezoid area under the step-with-ties curve equals the Mann-Whitney U / (n_pos n_neg), ties
    // counted 1/2 (Hanley and McNeil 1982, Radiology 143, section "The meaning of the area").
    private static double area(double[] x, double[] y) {
        double a = 0;
        for (int k = 1; k < x.length; k++) {
            a += (x[k] - x[k - 1]) * (y[k] + y[k - 1]) / 2;
        }
        return a;
    }

    private static double[] normalised(String name, double[] scores) {
        if (scores == null || scores.length == 0) {
            throw new IllegalArgumentException(name + " is empty, allowed: at least one score");
        }
        double[] out = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            if (Double.isNaN(scores[k])) {
                throw new IllegalArgumentException(name + "[" + k + "]=NaN, allowed: a number or ±Infinity");
            }
            out[k] = scores[k] + 0.0; // -0.0 and 0.0 are the same score
        }
        return out;
    }

    /** Area under the curve: P(member score &gt; non-member score) + P(tie)/2. */
    public double auc() {
        return auc;
    }

    /**
     * TPR at a target FPR under Veil's rule: the TPR of the <em>last ROC point whose FPR is at or
     * below the target</em> (points in order of increasing FPR), i.e. the best TPR any threshold
     * achieves without exceeding the target FPR. No interpolation.
     *
     * @param targetFpr in [0, 1]
     */
    public double tprAtFpr(double targetFpr) {
        if (!(targetFpr >= 0 && targetFpr <= 1)) {
            throw new IllegalArgumentException("targetFpr=" + targetFpr + ", allowed: [0, 1]");
        }
        double best = 0;
        for (int k = 0; k < fpr.length && fpr[k] <= targetFpr; k++) {
            best = tpr[k];
        }
        return best;
    }

    /** Attacker advantage max over thresholds of TPR − FPR (Yeom et al. 2018, Definition 4). */
    public double advantage() {
        double best = 0;
        for (int k = 0; k < fpr.length; k++) {
            best = Math.max(best, tpr[k] - fpr[k]);
        }
        return best;
    }

    /** Best balanced accuracy (TPR + 1 − FPR) / 2 over thresholds, i.e. (1 + advantage) / 2. */
    public double balancedAccuracy() {
        return (1 + advantage()) / 2;
    }

    /** False-positive rates of the points, increasing from 0 to 1. */
    public double[] fpr() {
        return fpr.clone();
    }

    /** True-positive rates of the points. */
    public double[] tpr() {
        return tpr.clone();
    }

    /** The threshold of each point (+∞ for the first): "member" when score ≥ threshold. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Positives (members). */
    public int members() {
        return members;
    }

    /** Negatives (non-members). */
    public int nonMembers() {
        return nonMembers;
    }
}
