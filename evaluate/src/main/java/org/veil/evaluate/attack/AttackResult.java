package org.veil.evaluate.attack;

import org.veil.evaluate.metric.RocCurve;

/**
 * What an attack measured, on its evaluation split only (the calibration split chose the threshold).
 *
 * @param attack              attack name
 * @param memberScores        per-example scores of the evaluated members (higher = member)
 * @param nonMemberScores     per-example scores of the evaluated non-members
 * @param memberRows          the member rows (indices into the members data) those scores belong to
 * @param nonMemberRows       the non-member rows the non-member scores belong to
 * @param roc                 ROC curve of those scores
 * @param threshold           the threshold chosen on the calibration split ("member" when score ≥ it)
 * @param thresholdRule       how it was chosen, e.g. "held-out calibration split (50%)"
 * @param confusion           counts at that threshold on the evaluation split
 * @param empiricalEpsilon    ε lower bound from those counts (Clopper–Pearson, confidence as given)
 * @param seed                the seed of the split
 */
public record AttackResult(String attack, double[] memberScores, double[] nonMemberScores, int[] memberRows,
        int[] nonMemberRows, RocCurve roc,
        double threshold, String thresholdRule, Confusion confusion, double empiricalEpsilon, long seed) {

    /** AUC of the evaluation scores. */
    public double auc() {
        return roc.auc();
    }

    /** TPR at 0.1% FPR (last ROC point at or below it). */
    public double tprAt0_1PctFpr() {
        return roc.tprAtFpr(0.001);
    }

    /** TPR at 1% FPR (last ROC point at or below it). */
    public double tprAt1PctFpr() {
        return roc.tprAtFpr(0.01);
    }

    /** Attacker advantage max(TPR − FPR). */
    public double advantage() {
        return roc.advantage();
    }

    /**
     * A confusion matrix: member = positive.
     *
     * @param truePositives  members guessed member
     * @param falseNegatives members guessed non-member
     * @param falsePositives non-members guessed member
     * @param trueNegatives  non-members guessed non-member
     */
    public record Confusion(long truePositives, long falseNegatives, long falsePositives, long trueNegatives) {

        /** The counts of guessing "member" when score ≥ threshold. */
        public static Confusion at(double threshold, double[] memberScores, double[] nonMemberScores) {
            long tp = 0;
            for (double s : memberScores) {
                tp += s >= threshold ? 1 : 0;
            }
            long fp = 0;
            for (double s : nonMemberScores) {
                fp += s >= threshold ? 1 : 0;
            }
            return new Confusion(tp, memberScores.length - tp, fp, nonMemberScores.length - fp);
        }

        /** Positive predictive value TP / (TP + FP), or NaN when nothing was guessed member. */
        public double ppv() {
            return truePositives + falsePositives == 0 ? Double.NaN
                    : (double) truePositives / (truePositives + falsePositives);
        }
    }
}
