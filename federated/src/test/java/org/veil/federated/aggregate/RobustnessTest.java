package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 10 honest clients send μ + N(0, 0.1²) per coordinate (d = 50, μ_j = cos j, ‖μ‖ ≈ 5); 3 Byzantine
 * clients send (a) −10 × the honest mean or (b) 10⁶ in every coordinate. FedAvg's aggregate lands far
 * from μ; the robust rules stay within about one honest client's noise (√d · 0.1 ≈ 0.71) of it.
 */
class RobustnessTest {
    private static final int D = 50;
    private static final int HONEST = 10;
    private static final int BYZANTINE = 3;
    private static final double FAR = 5;
    private static final double CLOSE = 1.0;

    enum Attack {
        SIGN_FLIP_SCALED(honestMean -> scaled(honestMean, -10)),
        HUGE(honestMean -> constant(1e6));

        final Function<double[], float[]> malicious;

        Attack(Function<double[], float[]> malicious) {
            this.malicious = malicious;
        }
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void fedAvgIsDraggedAwayWhileRobustRulesStayNearTheTrueVector(Attack attack) {
        double[] mu = new double[D];
        for (int j = 0; j < D; j++) {
            mu[j] = Math.cos(j);
        }
        List<ClientUpdate> updates = round(mu, attack, new Random(42));
        double fedAvg = TestUpdates.distance(new WeightedMean().aggregate(updates), mu);
        assertTrue(fedAvg > FAR, "fedavg distance " + fedAvg);
        for (Aggregator robust : List.of(new CoordinateMedian(), new TrimmedMean(0.25),
                new Krum(new KrumOptions(BYZANTINE, 1)), new Krum(new KrumOptions(BYZANTINE, HONEST + BYZANTINE - 3)))) {
            AggregationResult r = robust.aggregateWithReport(updates);
            double distance = TestUpdates.distance(r.aggregate(), mu);
            assertTrue(distance < CLOSE, robust.name() + " distance " + distance);
            if (robust instanceof Krum) {
                assertTrue(r.discarded().containsAll(List.of("bad0", "bad1", "bad2")), r.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void withoutAttackersEveryRuleIsClose(Attack attack) {
        double[] mu = new double[D];
        List<ClientUpdate> honestOnly = round(mu, attack, new Random(43)).subList(0, HONEST);
        assertEquals(HONEST, honestOnly.size());
        for (AggregationRule rule : List.of(new FedAvgOptions(), new MedianOptions(), new TrimmedMeanOptions(0.2),
                new KrumOptions(2, 1))) {
            assertTrue(TestUpdates.distance(rule.create().aggregate(honestOnly), mu) < CLOSE, rule.name());
        }
    }

    private static List<ClientUpdate> round(double[] mu, Attack attack, Random rng) {
        List<ClientUpdate> updates = new ArrayList<>();
        double[] honestMean = new double[D];
        for (int i = 0; i < HONEST; i++) {
            float[] delta = new float[D];
            for (int j = 0; j < D; j++) {
                delta[j] = (float) (mu[j] + 0.1 * rng.nextGaussian());
                honestMean[j] += delta[j] / (double) HONEST;
            }
            updates.add(new ClientUpdate("honest" + i, delta, 1));
        }
        for (int i = 0; i < BYZANTINE; i++) {
            updates.add(new ClientUpdate("bad" + i, attack.malicious.apply(honestMean), 1));
        }
        return updates;
    }

    private static float[] scaled(double[] v, double factor) {
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) (factor * v[j]);
        }
        return out;
    }

    private static float[] constant(double value) {
        float[] out = new float[D];
        java.util.Arrays.fill(out, (float) value);
        return out;
    }
}
