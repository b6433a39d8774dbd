package org.veil.evaluate.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.model.Classifier;
import org.veil.core.run.CancellationFlag;
import org.veil.core.run.RunContext;
import org.veil.evaluate.shadow.ModelPool;
import org.veil.evaluate.shadow.PoolOptions;
import org.veil.evaluate.shadow.PoolTrainer;

/**
 * LiRA, RMIA and the shadow-model attack against a model that memorised coin-flip labels (every
 * attack must find the members) and against one trained on other rows (every attack must stay at
 * chance). One pool of 8 reference models serves LiRA online, offline and RMIA.
 */
class ReferenceAttacksTest {
    private static Dataset members;
    private static Dataset nonMembers;
    private static Dataset population;
    private static Classifier target;
    private static Classifier stranger;
    private static ModelPool references;
    private static ModelPool shadows;

    @BeforeAll
    static void train() {
        Dataset all = Memorisation.randomLabels(1400, 11);
        members = Memorisation.rows(all, 0, 200);
        nonMembers = Memorisation.rows(all, 200, 400);
        population = Memorisation.rows(all, 400, 1200);
        target = Memorisation.memoriser().train(members, RunContext.seeded(1)).model();
        stranger = Memorisation.memoriser().train(Memorisation.rows(all, 1200, 1400), RunContext.seeded(2)).model();
        Candidates c = Candidates.of(target, members, nonMembers);
        references = PoolTrainer.reference(Memorisation.memoriser(), c.all(), new PoolOptions(8, 2, 3),
                (t, d, n) -> { }, new CancellationFlag());
        shadows = PoolTrainer.shadow(Memorisation.memoriser(), population, new PoolOptions(4, 2, 4),
                (t, d, n) -> { }, new CancellationFlag());
    }

    private static Attack[] attacks() {
        return new Attack[] {
            new LiraAttack(references, LiraOptions.forModels(true, 8)),
            new LiraAttack(references, LiraOptions.forModels(false, 8)),
            new RmiaAttack(references, population, new RmiaOptions()),
            new ShadowModelAttack(shadows, true),
            new LossThresholdAttack(),
        };
    }

    @Test
    void everyAttackFindsTheMembersOfAMemorisingModel() {
        for (Attack a : attacks()) {
            AttackResult r = a.run(target, members, nonMembers, AttackContext.seeded(5));
            assertTrue(r.auc() > 0.8, a.name() + " auc " + r.auc());
            assertTrue(r.empiricalEpsilon() > 0.3, a.name() + " epsilon lower bound " + r.empiricalEpsilon());
            assertEquals(100, r.memberScores().length);
        }
    }

    @Test
    void noAttackBeatsChanceOnAModelThatNeverSawTheMembers() {
        for (Attack a : attacks()) {
            AttackResult r = a.run(stranger, members, nonMembers, AttackContext.seeded(5));
            // 100 + 100 evaluated rows: the AUC of pure chance has sd about 0.04.
            assertTrue(Math.abs(r.auc() - 0.5) < 0.15, a.name() + " auc " + r.auc());
            assertEquals(0.0, r.empiricalEpsilon(), 0.0, a.name() + " must not certify leakage");
        }
    }

    @Test
    void onlineLiraBeatsTheLossThresholdAtLowFalsePositiveRates() {
        AttackResult lira = new LiraAttack(references, LiraOptions.forModels(true, 8))
                .run(target, members, nonMembers, AttackContext.seeded(5));
        AttackResult loss = new LossThresholdAttack().run(target, members, nonMembers, AttackContext.seeded(5));
        assertTrue(lira.auc() >= loss.auc() - 0.02, "lira " + lira.auc() + " vs loss " + loss.auc());
    }

    @Test
    void refusesTooFewModelsAndOtherCandidates() {
        ModelPool two = PoolTrainer.reference(Memorisation.memoriser(), Candidates.of(target, members, nonMembers).all(),
                new PoolOptions(2, 2, 3), (t, d, n) -> { }, new CancellationFlag());
        String msg = assertThrows(IllegalArgumentException.class,
                () -> new LiraAttack(two, LiraOptions.forModels(true, 2))).getMessage();
        assertTrue(msg.startsWith("shadow-models=2, allowed: >= 4 for LiRA"), msg);
        Dataset otherNon = Memorisation.rows(population, 0, 200);
        msg = assertThrows(IllegalArgumentException.class, () -> new LiraAttack(references,
                LiraOptions.forModels(true, 8)).run(target, members, otherNon, AttackContext.seeded(1))).getMessage();
        assertTrue(msg.contains("trained on other rows"), msg);
    }

    @Test
    void candidatesRefuseOverlapEmptySidesAndMismatchedModels() {
        String msg = assertThrows(IllegalArgumentException.class,
                () -> Candidates.of(target, members, Memorisation.rows(members, 0, 10))).getMessage();
        assertTrue(msg.startsWith("10 non-member rows are identical to member rows"), msg);
        msg = assertThrows(IllegalArgumentException.class,
                () -> Candidates.of(target, Memorisation.rows(members, 0, 0), nonMembers)).getMessage();
        assertTrue(msg.startsWith("members has 0 rows"), msg);
        Classifier threeClasses = new Classifier() {
            @Override
            public double[][] predictProbabilities(double[][] x) {
                return new double[x.length][3];
            }

            @Override
            public int numClasses() {
                return 3;
            }
        };
        msg = assertThrows(IllegalArgumentException.class, () -> Candidates.of(threeClasses, members, nonMembers))
                .getMessage();
        assertTrue(msg.contains("model and data do not match"), msg);
    }

    @Test
    void slicesSplitTheEvaluatedRowsByClass() {
        AttackResult r = new LossThresholdAttack().run(target, members, nonMembers, AttackContext.seeded(5));
        var slices = AttackSlices.of(r, members, nonMembers);
        assertEquals(java.util.Set.of("class=heads", "class=tails"), slices.keySet());
        int total = slices.values().stream().mapToInt(c -> c.members() + c.nonMembers()).sum();
        assertEquals(r.memberScores().length + r.nonMemberScores().length, total, "every evaluated row in one slice");
    }

    @Test
    void rmiaScoresEqualTheDefinitionComputedPairByPair() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        int nx = 50;
        int nz = 80;
        double[] xt = new double[nx];
        double[] px = new double[nx];
        double[] zt = new double[nz];
        double[] pz = new double[nz];
        for (int i = 0; i < nx; i++) {
            xt[i] = r.nextDouble(0.01, 1);
            px[i] = r.nextDouble(0.01, 1);
        }
        for (int j = 0; j < nz; j++) {
            zt[j] = r.nextDouble(0.01, 1);
            pz[j] = r.nextDouble(0.01, 1);
        }
        double[] fast = RmiaAttack.scores(xt, px, zt, pz, 2.0);
        for (int i = 0; i < nx; i++) {
            int count = 0;
            for (int j = 0; j < nz; j++) {
                // Zarifzadeh et al. 2024, equations 3-4, literally.
                double lr = (xt[i] / px[i]) / (zt[j] / pz[j]);
                count += lr >= 2.0 ? 1 : 0;
            }
            assertEquals((double) count / nz, fast[i], 1e-12, "x " + i);
        }
    }

    @Test
    void rmiaCountsPopulationRatiosAtOrBelowTheBound() {
        double[] sorted = {0.1, 0.2, 0.2, 0.5};
        assertEquals(0, RmiaAttack.countAtMost(sorted, 0.05));
        assertEquals(3, RmiaAttack.countAtMost(sorted, 0.2));
        assertEquals(4, RmiaAttack.countAtMost(sorted, 9));
    }
}
