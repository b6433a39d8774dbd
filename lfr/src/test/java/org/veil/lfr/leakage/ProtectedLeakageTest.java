package org.veil.lfr.leakage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.run.RunContext;

class ProtectedLeakageTest {

    /** Rows whose first coordinate is the group plus noise of the given size; the rest is noise. */
    private static double[][] rows(int[] g, double noise, SplittableRandom r) {
        double[][] x = new double[g.length][3];
        for (int i = 0; i < g.length; i++) {
            x[i][0] = g[i] + noise * r.nextGaussian();
            x[i][1] = r.nextGaussian();
            x[i][2] = r.nextGaussian();
        }
        return x;
    }

    @Test
    void aRepresentationThatCarriesTheGroupLeaksAndOneThatDoesNotStaysNearChance() {
        SplittableRandom r = new SplittableRandom(11);
        int[] gTrain = r.ints(1500, 0, 2).toArray();
        int[] gTest = r.ints(600, 0, 2).toArray();
        List<String> names = List.of("a", "b");
        LeakageResult leaky = ProtectedLeakage.measure(rows(gTrain, 0.1, r), gTrain, rows(gTest, 0.1, r), gTest, names,
                RunContext.seeded(1));
        assertTrue(leaky.best() > 0.95, leaky.toString());
        LeakageResult blind = ProtectedLeakage.measure(rows(gTrain, 1e6, r), gTrain, rows(gTest, 1e6, r), gTest,
                names, RunContext.seeded(1));
        assertTrue(blind.best() < 0.6, blind.toString());
        assertEquals(0.5, blind.chance());
        assertEquals(Math.max(leaky.logistic(), leaky.mlp()), leaky.best());
    }

    @Test
    void balancedAccuracyAveragesRecallOverThePresentGroups() {
        // group 0: 3 of 4 right; group 1: 1 of 2 right; group 2 absent -> (0.75 + 0.5) / 2
        assertEquals(0.625, ProtectedLeakage.balancedAccuracy(new int[] {0, 0, 0, 1, 1, 0},
                new int[] {0, 0, 0, 0, 1, 1}, 3), 1e-15);
    }
}
