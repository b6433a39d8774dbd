package org.veil.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.core.data.DataLoader;
import org.veil.core.data.DataSpec;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jThreads;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.RunContext;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.dpsgd.DpSgdTrainer;

/**
 * The audit catches a "DP" trainer whose claim is false and leaves a genuine DP-SGD run at the same
 * claim alone. Pool: the first 1,000 rows of the embedded Adult training split; 500 mislabelled
 * canaries (about 250 included, so about 750 training rows); k+ = k− = 100; δ = 1e-5; 95% confidence;
 * claimed ε = 1. All three trainers use the same MLP (one ReLU layer of 256), Adam η = 0.02, batch 50,
 * 25 epochs. Fixed seeds (coins 11, training 3, noise 4) and one ND4J thread make the runs
 * repeatable; measured on the 2-core development machine (about 25 s for the class):
 * broken DP-SGD v = 187/200, bound 2.18; memorising baseline v = 184/200, bound 2.00; genuine
 * DP-SGD v = 102/200, bound 0. The assertions keep wide margins around those numbers.
 */
class BrokenDpAuditTest {
    private static final double CLAIMED_EPSILON = 1.0;
    private static final double DELTA = 1e-5;
    private static final AuditOptions OPTIONS = new AuditOptions(500, 100, 100, 0.95, CanaryKind.MISLABELLED, null,
            11L);
    private static Dataset pool;
    private static int threadsBefore;

    @BeforeAll
    static void load() {
        threadsBefore = Dl4jThreads.current();
        Dl4jThreads.set(1);
        Dataset adult = DataLoader.load(DataSpec.of("adult")).split().train();
        int[] first = new int[1000];
        for (int i = 0; i < first.length; i++) {
            first[i] = i;
        }
        pool = adult.subset(first, "audit-pool");
    }

    @AfterAll
    static void restoreThreads() {
        Dl4jThreads.set(threadsBefore);
    }

    private static RunContext ctx() {
        return RunContext.seeded(3).withNoise(NoiseSource.seeded(4));
    }

    private static DpSgdTrainer dpSgd(DpSgdTrainer t) {
        return t.network(MlpSpec.relu(256)).epochs(25).batchSize(50).optimizer(Optimizer.Adam.withLearningRate(0.02));
    }

    @Test
    void dpSgdWithoutClippingAndWithNegligibleNoiseIsCaught() {
        // σ = 1e-6 and C = 1000: no gradient reaches the bound (clipped fraction 0), the noise is negligible,
        // and the record still claims ε = 1.
        MisreportingTrainer broken = new MisreportingTrainer(
                dpSgd(DpSgdTrainer.withNoiseMultiplier(1e-6).maxGradNorm(1000)), CLAIMED_EPSILON, DELTA);
        AuditResult r = OneRunAudit.run(broken, pool, OPTIONS, ctx());
        assertEquals(CLAIMED_EPSILON, r.claimedEpsilon(), 0.0);
        assertEquals(DELTA, r.delta(), 0.0, "the record's delta is the default");
        assertEquals(200, r.guesses());
        assertTrue(r.epsilonLowerBound() > 1.5, "lower bound " + r.epsilonLowerBound() + " from " + r.correct()
                + "/200 correct should refute the claimed 1.0 by a wide margin");
        assertTrue(r.alarm());
        assertEquals("broken-dp", r.method());
    }

    @Test
    void aMemorisingNonPrivateModelClaimingEpsilonOneIsCaught() {
        BaselineOptions memorise = new BaselineOptions().withNetwork(MlpSpec.relu(256)).withEpochs(25)
                .withBatchSize(50).withOptimizer(Optimizer.Adam.withLearningRate(0.02)).withL2(0);
        AuditResult r = OneRunAudit.run(new MisreportingTrainer(new BaselineTrainer(memorise), CLAIMED_EPSILON,
                DELTA), pool, OPTIONS, ctx());
        assertTrue(r.epsilonLowerBound() > 1.4, "lower bound " + r.epsilonLowerBound() + " from " + r.correct()
                + "/200 correct");
        assertTrue(r.alarm());
    }

    @Test
    void aGenuineDpSgdRunAtTheSameClaimIsNotCaught() {
        AuditResult r = OneRunAudit.run(dpSgd(DpSgdTrainer.withTargetEpsilon(CLAIMED_EPSILON, DELTA)), pool,
                OPTIONS, ctx());
        assertTrue(r.claimedEpsilon() <= CLAIMED_EPSILON, "calibrated claim " + r.claimedEpsilon());
        assertTrue(r.epsilonLowerBound() < 0.5, "lower bound " + r.epsilonLowerBound() + " from " + r.correct()
                + "/200 correct");
        assertFalse(r.alarm());
        assertEquals("dp-sgd", r.method());
        assertEquals(DesignOrigin.DRAWN, r.design());
        assertEquals(11L, r.seed());
    }
}
