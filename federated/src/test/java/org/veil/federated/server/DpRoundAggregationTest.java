package org.veil.federated.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.federated.dp.AdaptiveClipping;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.dp.DpPlan;
import org.veil.federated.optim.ServerSgdOptions;

class DpRoundAggregationTest {

    private static DpRoundAggregation aggregation() {
        DpPlan plan = DpPlan.of(DpFedAvgOptions.fixed(1.5, 0.5), 1000, 50, 10);
        return new DpRoundAggregation(plan, 0.5, null, NoiseSource.seeded(4), new ServerSgdOptions().create(),
                new RdpAccountant());
    }

    @Test
    void aSecureSumGetsTheNoiseOverTheExpectedCohortAndIsAccounted() {
        DpRoundAggregation a = aggregation();
        float[] global = {1f, 2f, 3f};
        double[] sum = {5, -5, 0};
        float[] next = a.aggregateSum(global, sum, 40, -1, 0).global();
        double[] noise = new double[3];
        NoiseSource.seeded(4).stream(0).addGaussian(noise, 1.5 * 0.5);
        for (int i = 0; i < 3; i++) {
            assertEquals(global[i] + (sum[i] + noise[i]) / 50, next[i], 1e-6, "coordinate " + i);
        }
        assertEquals(1, a.ledger().totalCount());
    }

    @Test
    void aFailedSecureRoundIsAccountedButReleasesNothing() {
        DpRoundAggregation a = aggregation();
        float[] global = {1f, 2f, 3f};
        RoundAggregation.Outcome out = a.aggregateSum(global, null, 0, -1, 0);
        assertArrayEquals(global, out.global(), 0f);
        assertEquals(1, a.ledger().totalCount());
        assertFalse((Boolean) out.facts().get("released"));
    }

    @Test
    void aSecureSumWithItsUnclippedCountMovesTheAdaptiveClip() {
        AdaptiveClipping adaptive = new AdaptiveClipping();
        DpPlan plan = DpPlan.of(DpFedAvgOptions.fixed(1.5, 0.5).withAdaptive(adaptive), 1000, 50, 10);
        DpRoundAggregation a = new DpRoundAggregation(plan, 0.5, adaptive, NoiseSource.seeded(4),
                new ServerSgdOptions().create(), new RdpAccountant());
        RoundAggregation.Outcome out = a.aggregateSum(new float[] {1f, 2f}, new double[] {3, 3}, 50, 0, 0);
        // none of 50 within C: b = 0 plus noise of sd (50/20)/50 = 0.05, so C grows by exp(0.2 (0.5 - b))
        double grown = 0.5 * Math.exp(0.1);
        assertEquals(grown, a.clip(), grown * 0.2 * 0.05 * 4);
        assertEquals(a.clip(), (Double) out.facts().get("nextClip"), 0.0);
        assertEquals(0.5, (Double) out.facts().get("clip"), 0.0);
        a.aggregateSum(new float[] {1f, 2f}, new double[] {3, 3}, 50, 50, 1);
        assertTrue(a.clip() < grown * 0.96, "all within C: the clip shrinks, " + a.clip());
    }
}
