package org.veil.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.train.SyntheticData;

class CanaryDesignTest {
    private static final Dataset POOL = SyntheticData.blobs(20_000, 2, 1, List.of("a", "b", "c"));

    @Test
    void drawsDistinctRowsWithOtherLabelsAndReproducesFromASeed() {
        CanaryDesign d = CanaryDesign.draw(POOL, 10_000, CanaryKind.MISLABELLED, new SplittableRandom(5));
        assertEquals(10_000, d.size());
        assertEquals(DesignOrigin.DRAWN, d.origin());
        Set<Integer> rows = new HashSet<>();
        int[] movedTo = new int[3];
        for (int i = 0; i < d.size(); i++) {
            int row = d.rows()[i];
            assertTrue(rows.add(row), "row " + row + " drawn twice");
            int y = POOL.labels()[row];
            assertNotEquals(y, d.labels()[i], "a mislabelled canary keeps a wrong label");
            movedTo[(d.labels()[i] - y + 3) % 3]++;
        }
        // The new label is y+1 or y+2 (mod 3), each with probability 1/2: 5000 +- 5 sd (sd = 50).
        assertTrue(Math.abs(movedTo[1] - 5000) < 250 && movedTo[1] + movedTo[2] == 10_000, "moves " + movedTo[1]);
        CanaryDesign again = CanaryDesign.draw(POOL, 10_000, CanaryKind.MISLABELLED, new SplittableRandom(5));
        assertArrayEquals(d.rows(), again.rows());
        assertArrayEquals(d.labels(), again.labels());
        assertArrayEquals(d.included(), again.included());
    }

    @Test
    void includesAboutHalfAndUnmodifiedCanariesKeepTheirLabels() {
        CanaryDesign d = CanaryDesign.draw(POOL, 10_000, CanaryKind.UNMODIFIED, new SplittableRandom(6));
        // Binomial(10000, 1/2): mean 5000, sd 50; 5 sd.
        assertTrue(Math.abs(d.includedCount() - 5000) < 250, "included " + d.includedCount());
        for (int i = 0; i < d.size(); i++) {
            assertEquals(POOL.labels()[d.rows()[i]], d.labels()[i]);
        }
        boolean[] in = d.included();
        in[0] = !in[0];
        assertNotEquals(in[0], d.included()[0], "the design is not changed through its accessors");
    }

    @Test
    void drawRejectsImpossibleSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanaryDesign.draw(POOL, 20_001, CanaryKind.MISLABELLED, new SplittableRandom(1)));
        assertEquals("canaries=20001, allowed: [1, 20000] (pool rows)", e.getMessage());
    }

    private static InclusionDeclaration declaration(double p, boolean independent, boolean[] included) {
        int m = included.length;
        int[] rows = new int[m];
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = i;
            labels[i] = (POOL.labels()[i] + 1) % 3;
        }
        return new InclusionDeclaration(CanaryKind.MISLABELLED, rows, labels, included, p, independent,
                "test: SplittableRandom(9).nextBoolean per canary");
    }

    private static boolean[] fairCoins(int m) {
        SplittableRandom r = new SplittableRandom(9);
        boolean[] in = new boolean[m];
        for (int i = 0; i < m; i++) {
            in[i] = r.nextBoolean();
        }
        return in;
    }

    @Test
    void acceptsADeclaredIndependentHalfDesign() {
        CanaryDesign d = CanaryDesign.declared(POOL, declaration(0.5, true, fairCoins(200)));
        assertEquals(DesignOrigin.DECLARED, d.origin());
        assertEquals(200, d.size());
        assertArrayEquals(fairCoins(200), d.included());
    }

    @Test
    void refusesAnInclusionProbabilityOtherThanOneHalf() {
        String msg = refused(declaration(0.3, true, fairCoins(200)));
        assertTrue(msg.contains("inclusionProbability=0.3, allowed: 0.5"), msg);
    }

    @Test
    void refusesCoinsNotDeclaredIndependent() {
        String msg = refused(declaration(0.5, false, fairCoins(200)));
        assertTrue(msg.contains("independent=false, allowed: true"), msg);
    }

    @Test
    void refusesAGrosslyImbalancedVectorEvenWhenItDeclaresOneHalf() {
        boolean[] all = new boolean[200];
        java.util.Arrays.fill(all, true);
        String msg = refused(declaration(0.5, true, all));
        assertTrue(msg.contains("200 of 200 canaries included"), msg);
    }

    @Test
    void listsEveryProblemAtOnce() {
        InclusionDeclaration bad = new InclusionDeclaration(CanaryKind.UNMODIFIED, new int[] {0, 0}, new int[] {
            POOL.labels()[0], POOL.labels()[0]}, new boolean[] {true, false}, 0.7, false, " ");
        String msg = refused(bad);
        assertTrue(msg.startsWith("canary design refused: inclusionProbability=0.7"), msg);
        assertTrue(msg.contains("independent=false"), msg);
        assertTrue(msg.contains("generator is blank"), msg);
        assertTrue(msg.contains("rows[1]=0 repeats an earlier canary"), msg);
    }

    @Test
    void refusesLabelsThatContradictTheKindAndRowsOutsideThePool() {
        InclusionDeclaration sameLabels = new InclusionDeclaration(CanaryKind.MISLABELLED, new int[] {3},
                new int[] {POOL.labels()[3]}, new boolean[] {true}, 0.5, true, "coin");
        assertTrue(refused(sameLabels).contains("allowed: a different class for mislabelled canaries"));
        InclusionDeclaration outside = new InclusionDeclaration(CanaryKind.UNMODIFIED, new int[] {20_000},
                new int[] {0}, new boolean[] {true}, 0.5, true, "coin");
        assertTrue(refused(outside).contains("rows[0]=20000, allowed: [0, 20000)"));
        InclusionDeclaration ragged = new InclusionDeclaration(CanaryKind.UNMODIFIED, new int[] {1, 2},
                new int[] {0}, new boolean[] {true, false}, 0.5, true, "coin");
        assertTrue(refused(ragged).contains("rows=2, labels=1, included=2 entries"));
    }

    private static String refused(InclusionDeclaration d) {
        return assertThrows(IllegalArgumentException.class, () -> CanaryDesign.declared(POOL, d)).getMessage();
    }
}
