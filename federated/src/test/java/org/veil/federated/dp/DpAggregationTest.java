package org.veil.federated.dp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.federated.aggregate.ClientUpdate;

class DpAggregationTest {

    private static DpPlan plan(double z, double m, long population) {
        return DpPlan.of(DpFedAvgOptions.fixed(z, 1.0).withDelta(1e-6), population, m, 10);
    }

    private static List<ClientUpdate> updates(int n, int d, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<ClientUpdate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[d];
            for (int j = 0; j < d; j++) {
                v[j] = (float) (scale * r.nextGaussian());
            }
            out.add(new ClientUpdate("c" + i, v, 1 + i));
        }
        return out;
    }

    @Test
    void releaseIsTheClippedSumPlusTheSourcesNoiseOverTheExpectedCohort() {
        int d = 50;
        List<ClientUpdate> ups = updates(7, d, 1.0, 3); // norms about 7, far above C = 1
        DpPlan plan = plan(1.3, 20, 1000);
        DpAggregation.Result r = DpAggregation.aggregate(ups, d, 1.0, plan, null, NoiseSource.seeded(9));
        double[] expected = new double[d];
        for (ClientUpdate u : ups) {
            double n = UpdateNorms.l2(u.delta());
            for (int j = 0; j < d; j++) {
                expected[j] += u.delta()[j] / n; // clipped to norm 1, weights ignored
            }
        }
        double[] noise = new double[d];
        NoiseSource.seeded(9).addGaussian(noise, 1.3 * 1.0); // what the same source adds
        for (int j = 0; j < d; j++) {
            assertEquals((expected[j] + noise[j]) / 20, r.meanDelta()[j], 1e-6, "coordinate " + j);
        }
        assertEquals(0, r.unclippedCount());
        assertEquals(1.0, r.nextClip(), 0.0);
    }

    @Test
    void oneClientMovesTheNoiselessSumByAtMostTheClip() {
        int d = 200;
        List<ClientUpdate> base = updates(5, d, 0.01, 4);
        List<ClientUpdate> withOutlier = new ArrayList<>(base);
        float[] huge = new float[d];
        java.util.Arrays.fill(huge, 1e6f);
        withOutlier.add(new ClientUpdate("attacker", huge, 1));
        DpPlan plan = plan(1.0, 6, 100);
        double[] a = DpAggregation.aggregate(base, d, 0.5, plan, null, NoiseSource.seeded(1)).meanDelta();
        double[] b = DpAggregation.aggregate(withOutlier, d, 0.5, plan, null, NoiseSource.seeded(1)).meanDelta();
        double s = 0;
        for (int j = 0; j < d; j++) {
            double diff = (b[j] - a[j]) * 6; // undo the division by m: the sums differ by the clipped outlier
            s += diff * diff;
        }
        assertTrue(Math.sqrt(s) <= 0.5, "sensitivity " + Math.sqrt(s));
        assertTrue(Math.sqrt(s) > 0.5 * (1 - 1e-6), "the outlier is clipped to C, not below it: " + Math.sqrt(s));
    }

    @Test
    void noiseOnTheMeanHasStandardDeviationZClipOverM() {
        int d = 20_000;
        DpPlan plan = plan(2.0, 50, 1000);
        double[] r = DpAggregation.aggregate(List.of(), d, 0.3, plan, null, NoiseSource.seeded(5)).meanDelta();
        double ss = 0;
        for (double v : r) {
            ss += v * v;
        }
        double sd = Math.sqrt(ss / d);
        double expected = 2.0 * 0.3 / 50;
        assertEquals(expected, sd, 0.03 * expected); // 3% is about 4 standard errors at d = 20 000
    }

    @Test
    void adaptiveClipShrinksWhenEveryUpdateIsSmall() {
        int d = 10;
        List<ClientUpdate> ups = updates(100, d, 1e-3, 6);
        AdaptiveClipping a = new AdaptiveClipping();
        DpPlan plan = DpPlan.of(DpFedAvgOptions.fixed(1.0, 1.0).withDelta(1e-6).withAdaptive(a), 10_000, 100, 10);
        DpAggregation.Result r = DpAggregation.aggregate(ups, d, 1.0, plan, a, NoiseSource.seeded(2));
        assertEquals(100, r.unclippedCount());
        // b is 1 plus count noise of sd (100/20)/100 = 0.05: exp(-0.2 (b - 0.5)) is within 4 sd of exp(-0.1)
        assertEquals(Math.exp(-0.1), r.nextClip(), Math.exp(-0.1) * 0.2 * 0.05 * 4);
        assertTrue(plan.updateNoiseMultiplier() > plan.noiseMultiplier());
    }

    @Test
    void aSumComputedElsewhereGetsExactlyWhatTheServerSideRoundWouldRelease() {
        // secure aggregation hands the server the clipped sum and the unclipped count; the release from them
        // must be the one the server computes from the updates themselves, same noise, same next clip
        int d = 30;
        List<ClientUpdate> ups = new ArrayList<>(updates(6, d, 1.0, 8)); // norms about 5.5 > C: clipped
        ups.addAll(updates(4, d, 0.01, 9));                              // norms about 0.05 < C: unclipped
        AdaptiveClipping a = new AdaptiveClipping();
        DpPlan plan = DpPlan.of(DpFedAvgOptions.fixed(1.0, 1.0).withDelta(1e-6).withAdaptive(a), 10_000, 200, 10);
        DpAggregation.Result server = DpAggregation.aggregate(ups, d, 1.0, plan, a, NoiseSource.seeded(3));
        double enforced = DpAggregation.clientBound(1.0, d, plan.updateNoiseMultiplier(), Double.POSITIVE_INFINITY);
        double[] sum = new double[d];
        for (ClientUpdate u : ups) {
            double f = Math.min(1, enforced / UpdateNorms.l2(u.delta()));
            for (int j = 0; j < d; j++) {
                sum[j] += f * u.delta()[j];
            }
        }
        DpAggregation.Result secure = DpAggregation.fromSum(sum, 10, 4, 1.0, plan, a, NoiseSource.seeded(3));
        assertEquals(4, server.unclippedCount());
        org.junit.jupiter.api.Assertions.assertArrayEquals(server.meanDelta(), secure.meanDelta(), 1e-12);
        assertEquals(server.nextClip(), secure.nextClip(), 0.0);
        assertTrue(secure.nextClip() != 1.0, "the clip moved");
    }

    @Test
    void anUnclippedCountOutsideZeroToTheSurvivorsIsRefused() {
        AdaptiveClipping a = new AdaptiveClipping();
        DpPlan plan = DpPlan.of(DpFedAvgOptions.fixed(1.0, 1.0).withDelta(1e-6).withAdaptive(a), 10_000, 200, 10);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DpAggregation.fromSum(new double[3], 5, 6, 1.0, plan, a, NoiseSource.seeded(1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DpAggregation.fromSum(new double[3], 5, -1, 1.0, plan, a, NoiseSource.seeded(1)));
    }
}
