package org.veil.evaluate.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.veil.evaluate.attack.AttackResult;
import org.veil.evaluate.metric.RocCurve;

/**
 * One attack's result against one model, as written in {@code report.json} under
 * {@code rows[i].attacks.<attack name>}. All rates are fractions in [0, 1] measured on the attack's
 * evaluation split (the threshold was chosen on a separate calibration split, see
 * {@link ExperimentSetup#thresholdRule()}).
 *
 * <p>Immutable; thread-safe. No randomness.
 *
 * @param auc                        area under the ROC curve
 * @param tprAt0_1PctFpr             TPR at 0.1% FPR (best TPR of any threshold with FPR ≤ 0.001)
 * @param tprAt1PctFpr               TPR at 1% FPR
 * @param advantage                  max over thresholds of TPR − FPR (Yeom et al. 2018, Definition 4)
 * @param empiricalEpsilonLowerBound ε lower bound at the calibrated threshold (Clopper–Pearson, see
 *                                   {@code EmpiricalEpsilon}), ≥ 0
 * @param ppv                        precision TP / (TP + FP) at the calibrated threshold; NaN when nothing
 *                                   was guessed member
 * @param balancedAccuracy           (TPR + TNR) / 2 at the calibrated threshold
 * @param intervals                  bootstrap intervals (members may be null)
 * @param members                    evaluated members
 * @param nonMembers                 evaluated non-members
 * @param alarm                      {@code empiricalEpsilonLowerBound > claimedEpsilon}: the measured leakage
 *                                   contradicts the claimed guarantee
 * @param sliceAuc                   slice name → AUC (per class or protected group), possibly empty
 * @param roc                        the ROC curve thinned for drawing
 */
public record AttackSummary(double auc, double tprAt0_1PctFpr, double tprAt1PctFpr, double advantage,
        double empiricalEpsilonLowerBound, double ppv, double balancedAccuracy, AttackIntervals intervals,
        int members, int nonMembers, boolean alarm, Map<String, Double> sliceAuc, RocPoints roc) {

    public AttackSummary {
        unit("auc", auc);
        unit("tprAt0_1PctFpr", tprAt0_1PctFpr);
        unit("tprAt1PctFpr", tprAt1PctFpr);
        unit("advantage", advantage);
        unit("balancedAccuracy", balancedAccuracy);
        if (!Double.isNaN(ppv)) {
            unit("ppv", ppv);
        }
        if (!(empiricalEpsilonLowerBound >= 0)) {
            throw new IllegalArgumentException("empiricalEpsilonLowerBound=" + empiricalEpsilonLowerBound
                    + ", allowed: >= 0");
        }
        if (members < 1 || nonMembers < 1) {
            throw new IllegalArgumentException("members=" + members + ", nonMembers=" + nonMembers
                    + ", allowed: >= 1 each");
        }
        intervals = intervals == null ? AttackIntervals.none() : intervals;
        Objects.requireNonNull(roc, "roc");
        Map<String, Double> s = new LinkedHashMap<>();
        if (sliceAuc != null) {
            sliceAuc.forEach((k, v) -> s.put(Objects.requireNonNull(k, "slice name"), unit("sliceAuc." + k, v)));
        }
        sliceAuc = Collections.unmodifiableMap(s);
    }

    private static double unit(String name, Double v) {
        if (v == null || !(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + "=" + v + ", allowed: [0, 1]");
        }
        return v;
    }

    /** The summary of {@code result} with no intervals and no slices. */
    public static AttackSummary of(AttackResult result, double claimedEpsilon) {
        return of(result, claimedEpsilon, AttackIntervals.none(), Map.of());
    }

    /**
     * The summary of {@code result} against a model that claims {@code claimedEpsilon}.
     *
     * @param claimedEpsilon the model's certified ε ({@code Double.POSITIVE_INFINITY} when non-private)
     * @param intervals      bootstrap intervals, e.g. {@link AttackIntervals#bootstrap}, or null for none
     * @param slices         per-slice curves, e.g. from {@code Slices.roc}, or null for none
     */
    public static AttackSummary of(AttackResult result, double claimedEpsilon, AttackIntervals intervals,
            Map<String, RocCurve> slices) {
        if (Double.isNaN(claimedEpsilon) || claimedEpsilon < 0) {
            throw new IllegalArgumentException("claimedEpsilon=" + claimedEpsilon + ", allowed: >= 0 or Infinity");
        }
        AttackResult.Confusion c = result.confusion();
        double tpr = (double) c.truePositives() / (c.truePositives() + c.falseNegatives());
        double tnr = (double) c.trueNegatives() / (c.trueNegatives() + c.falsePositives());
        Map<String, Double> sliceAuc = new LinkedHashMap<>();
        if (slices != null) {
            slices.forEach((k, v) -> sliceAuc.put(k, v.auc()));
        }
        RocCurve roc = result.roc();
        return new AttackSummary(roc.auc(), roc.tprAtFpr(0.001), roc.tprAtFpr(0.01), roc.advantage(),
                result.empiricalEpsilon(), c.ppv(), (tpr + tnr) / 2, intervals, roc.members(), roc.nonMembers(),
                result.empiricalEpsilon() > claimedEpsilon, sliceAuc, RocPoints.of(roc));
    }
}
