package org.veil.lfr.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Oracle test of the two-loop recursion (Nocedal &amp; Wright, 2nd ed., Alg. 7.4) against the slow, obvious dense
 * form: H = γ I (eq. 7.20), then for each stored pair, oldest first, H ← (I − ρ s y') H (I − ρ y s') + ρ s s'
 * (eq. 6.17), and d = −H g.
 */
class LbfgsHistoryTest {
    private static final int N = 6;

    @Test
    void twoLoopRecursionMatchesDenseBfgsUpdates() {
        Random random = new Random(20_130_617L);
        List<double[][]> pairs = curvaturePairs(random, 4);
        LbfgsHistory history = new LbfgsHistory(10, N);
        for (double[][] pair : pairs) {
            assertTrue(history.add(pair[0], pair[1]));
        }
        double[] g = gaussian(random);
        double[] d = new double[N];
        history.direction(g, d);
        assertArrayEquals(denseDirection(pairs, g), d, 1e-10);
    }

    @Test
    void ringBufferKeepsTheNewestPairs() {
        Random random = new Random(7L);
        List<double[][]> pairs = curvaturePairs(random, 7);
        LbfgsHistory history = new LbfgsHistory(3, N);
        for (double[][] pair : pairs) {
            history.add(pair[0], pair[1]);
        }
        assertEquals(3, history.size());
        double[] g = gaussian(random);
        double[] d = new double[N];
        history.direction(g, d);
        assertArrayEquals(denseDirection(pairs.subList(4, 7), g), d, 1e-10);
    }

    @Test
    void emptyHistoryGivesSteepestDescentAndPairsWithoutCurvatureAreSkipped() {
        LbfgsHistory history = new LbfgsHistory(5, 2);
        assertFalse(history.add(new double[] {1, 0}, new double[] {-1, 0}));
        assertFalse(history.add(new double[] {1, 0}, new double[] {0, 1}));
        assertEquals(0, history.size());
        double[] d = new double[2];
        history.direction(new double[] {3, -4}, d);
        assertArrayEquals(new double[] {-3, 4}, d, 0.0);
        assertTrue(history.add(new double[] {1, 0}, new double[] {2, 0}));
        history.clear();
        assertEquals(0, history.size());
    }

    /** Pairs y = A s for a fixed symmetric positive definite A, so that s'y > 0. */
    private static List<double[][]> curvaturePairs(Random random, int count) {
        double[][] b = new double[N][N];
        for (double[] row : b) {
            for (int j = 0; j < N; j++) {
                row[j] = random.nextGaussian();
            }
        }
        List<double[][]> pairs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] s = gaussian(random);
            double[] bs = multiply(b, s, false);
            double[] y = multiply(b, bs, true);
            for (int i = 0; i < N; i++) {
                y[i] += 0.5 * s[i];
            }
            pairs.add(new double[][] {s, y});
        }
        return pairs;
    }

    private static double[] denseDirection(List<double[][]> pairs, double[] g) {
        double[][] newest = pairs.get(pairs.size() - 1);
        double gamma = dot(newest[0], newest[1]) / dot(newest[1], newest[1]);
        double[][] h = new double[N][N];
        for (int i = 0; i < N; i++) {
            h[i][i] = gamma;
        }
        for (double[][] pair : pairs) {
            double[] s = pair[0];
            double[] y = pair[1];
            double rho = 1 / dot(s, y);
            double[][] v = new double[N][N];
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    v[i][j] = (i == j ? 1 : 0) - rho * y[i] * s[j];
                }
            }
            double[][] updated = product(product(transpose(v), h), v);
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    updated[i][j] += rho * s[i] * s[j];
                }
            }
            h = updated;
        }
        double[] d = multiply(h, g, false);
        for (int i = 0; i < N; i++) {
            d[i] = -d[i];
        }
        return d;
    }

    private static double[] gaussian(Random random) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static double[] multiply(double[][] m, double[] v, boolean transposed) {
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                out[i] += (transposed ? m[j][i] : m[i][j]) * v[j];
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] product(double[][] a, double[][] b) {
        double[][] c = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                for (int j = 0; j < N; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
