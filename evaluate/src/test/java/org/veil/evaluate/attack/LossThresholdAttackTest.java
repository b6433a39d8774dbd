package org.veil.evaluate.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.train.SyntheticData;

class LossThresholdAttackTest {
    private static final Dataset MEMBERS = SyntheticData.blobs(400, 3, 1, List.of("a", "b"));
    private static final Dataset NON_MEMBERS = SyntheticData.blobs(400, 3, 2, List.of("a", "b"));

    /** Gives the true label probability 0.99 on memorised rows and a noisy 0.5-0.9 elsewhere. */
    private static Classifier memoriser(Dataset members, double noise) {
        Set<String> seen = new HashSet<>();
        for (double[] row : members.features()) {
            seen.add(Arrays.toString(row));
        }
        SplittableRandom r = new SplittableRandom(3);
        return new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] x) {
                double[][] p = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    double pa = seen.contains(Arrays.toString(x[i])) && r.nextDouble() > noise ? 0.99
                            : 0.5 + 0.4 * r.nextDouble();
                    boolean classA = x[i][0] < 0; // the blobs' class A is centred at -1.5
                    p[i] = classA ? new double[] {pa, 1 - pa} : new double[] {1 - pa, pa};
                }
                return p;
            }

            @Override
            public int numClasses() {
                return 2;
            }
        };
    }

    @Test
    void aMemorisingModelIsCaughtWithAPositiveEpsilonLowerBound() {
        AttackResult r = new LossThresholdAttack().run(memoriser(MEMBERS, 0.2), MEMBERS, NON_MEMBERS,
                AttackContext.seeded(5));
        assertEquals(200, r.memberScores().length, "half the members are evaluated, half calibrate");
        // 80% of members memorised; about 7% of rows fall on the wrong side of x0 = 0, so AUC is about 0.82.
        assertTrue(r.auc() > 0.75, "auc " + r.auc());
        assertTrue(r.empiricalEpsilon() > 1.0, "epsilon lower bound " + r.empiricalEpsilon());
        assertTrue(r.tprAt1PctFpr() > 0.3, "tpr@1%fpr " + r.tprAt1PctFpr());
        assertTrue(r.thresholdRule().startsWith("chosen on a held-out calibration split (50% of each side, seed 5)"));
        AttackResult again = new LossThresholdAttack().run(memoriser(MEMBERS, 0.2), MEMBERS, NON_MEMBERS,
                AttackContext.seeded(5));
        assertEquals(r.threshold(), again.threshold(), 0.0, "same seed, same split, same threshold");
    }

    @Test
    void aModelThatTreatsEveryoneAlikeLeaksNothing() {
        Classifier constant = new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] x) {
                double[][] p = new double[x.length][];
                Arrays.setAll(p, i -> new double[] {0.7, 0.3});
                return p;
            }

            @Override
            public int numClasses() {
                return 2;
            }
        };
        AttackResult r = new LossThresholdAttack().run(constant, MEMBERS, NON_MEMBERS, AttackContext.seeded(1));
        assertTrue(Math.abs(r.auc() - 0.5) < 0.06, "auc " + r.auc());
        assertEquals(0.0, r.empiricalEpsilon(), 0.3, "no evidence of leakage: " + r.empiricalEpsilon());
    }

    @Test
    void rejectsTooFewExamplesAndSchemaMismatches() {
        Dataset one = MEMBERS.subset(new int[] {0}, "one");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LossThresholdAttack()
                .run(memoriser(MEMBERS, 0), one, NON_MEMBERS, AttackContext.seeded(1))).getMessage()
                .startsWith("members=1, nonMembers=400, allowed: at least 2 of each"));
        Dataset wide = SyntheticData.blobs(10, 4, 1, List.of("a", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LossThresholdAttack()
                .run(memoriser(MEMBERS, 0), MEMBERS, wide, AttackContext.seeded(1))).getMessage()
                .contains("they must share one schema"));
    }

    @Test
    void evaluatedScoresKeepTheirRowsSoThatSlicesCanBeFormed() {
        Classifier target = memoriser(MEMBERS, 0.0);
        AttackResult r = new LossThresholdAttack().run(target, MEMBERS, NON_MEMBERS, AttackContext.seeded(9));
        double[] all = LossThresholdAttack.scores(target, MEMBERS);
        java.util.Set<Integer> distinct = new HashSet<>();
        for (int k = 0; k < r.memberRows().length; k++) {
            int row = r.memberRows()[k];
            distinct.add(row);
            // With noise 0 every member's prediction is deterministic, so recomputing gives the same score.
            assertEquals(all[row], r.memberScores()[k], 1e-12, "row " + row);
        }
        assertEquals(r.memberRows().length, distinct.size(), "no row evaluated twice");
        assertEquals(r.nonMemberScores().length, r.nonMemberRows().length);
    }
}
