package org.veil.lfr.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veil.lfr.LfrMode;

class LfrObjectiveTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @AfterAll
    static void close() {
        POOL.shutdown();
    }

    static LfrProblem problem(int n, int d, long seed) {
        return problem(n, d, seed, false);
    }

    /** Gaussian rows; with {@code sparse}, about half the entries are exactly 0 (as one-hot columns are). */
    static LfrProblem problem(int n, int d, long seed, boolean sparse) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i % 3 == 0 ? 1 : 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = r.nextGaussian() + (p[i] == 1 && j == 0 ? 1.5 : 0);
                if (sparse && j > 0 && r.nextBoolean()) {
                    x[i][j] = 0;
                }
            }
            y[i] = x[i][0] + 0.5 * r.nextGaussian() > 0.3 ? 1 : 0;
        }
        return new LfrProblem(x, y, p);
    }

    static double[] theta(ParameterLayout layout, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] t = new double[layout.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = r.nextGaussian() * 0.7;
        }
        return t;
    }

    /** The loss straight from the definitions (Zemel et al. 2013, eq. 1-7; AIF360's normalisation). */
    static double directLoss(LfrProblem p, ParameterLayout l, LossWeights wts, LfrMode mode, double[] th) {
        double[][] v = l.prototypesOf(th);
        double[] w = l.labelWeightsOf(th);
        double[][] al = l.alphasOf(th);
        int k = l.prototypes();
        double[] mp = new double[k];
        double[] mu = new double[k];
        double np = 0;
        double nu = 0;
        double rp = 0;
        double ru = 0;
        double ly = 0;
        for (int n = 0; n < p.rows(); n++) {
            boolean priv = p.privileged()[n] == 1;
            double[] e = new double[k];
            double z = 0;
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int i = 0; i < l.features(); i++) {
                    double t = p.x()[n][i] - v[j][i];
                    s += mode == LfrMode.AIF360 ? t * t : al[l.alphaSets() == 2 && priv ? 1 : 0][i] * t * t;
                }
                e[j] = Math.exp(-(mode == LfrMode.AIF360 ? Math.sqrt(s) : s));
                z += e[j];
            }
            double yh = 0;
            double rr = 0;
            for (int i = 0; i < l.features(); i++) {
                double xh = 0;
                for (int j = 0; j < k; j++) {
                    xh += e[j] / z * v[j][i];
                }
                rr += (xh - p.x()[n][i]) * (xh - p.x()[n][i]);
            }
            for (int j = 0; j < k; j++) {
                yh += e[j] / z * w[j];
                (priv ? mp : mu)[j] += e[j] / z;
            }
            ly += p.favourable()[n] == 1 ? -Math.log(yh) : -Math.log(1 - yh);
            if (priv) {
                np++;
                rp += rr;
            } else {
                nu++;
                ru += rr;
            }
        }
        double lz = 0;
        for (int j = 0; j < k; j++) {
            lz += Math.abs(mp[j] / np - mu[j] / nu);
        }
        double d = l.features();
        double lx = mode == LfrMode.PAPER ? (rp + ru) / p.rows() : rp / (np * d) + ru / (nu * d);
        if (mode == LfrMode.AIF360) {
            lz /= k;
        }
        return wts.az() * lz + wts.ax() * lx + wts.ay() * ly / p.rows();
    }

    @ParameterizedTest
    @CsvSource({"PAPER, 2, false", "PAPER, 1, false", "AIF360, 0, false", "PAPER, 2, true", "AIF360, 0, true"})
    void valueMatchesTheDefinitionsAndGradientMatchesCentralDifferences(LfrMode mode, int sets, boolean sparse) {
        LfrProblem p = problem(60, 5, 1, sparse);
        ParameterLayout l = new ParameterLayout(4, 5, sets);
        LossWeights wts = new LossWeights(0.3, 1.0, 2.0);
        LfrObjective f = new LfrObjective(p, l, wts, mode, POOL);
        double[] th = theta(l, 7);
        double[] g = new double[l.size()];
        double value = f.valueAndGradient(th, g);
        assertEquals(directLoss(p, l, wts, mode, th), value, 1e-10 * Math.abs(value));
        double worst = 0;
        for (int c = 0; c < th.length; c++) {
            double h = 1e-6;
            double[] a = th.clone();
            a[c] += h;
            double[] b = th.clone();
            b[c] -= h;
            double num = (directLoss(p, l, wts, mode, a) - directLoss(p, l, wts, mode, b)) / (2 * h);
            worst = Math.max(worst, Math.abs(num - g[c]) / Math.max(1, Math.max(Math.abs(num), Math.abs(g[c]))));
        }
        assertTrue(worst < 1e-6, "max relative gradient error " + worst);
    }

    @Test
    void blocksGiveTheSameValueWhateverTheParallelism() {
        LfrProblem p = problem(101, 4, 3);
        ParameterLayout l = new ParameterLayout(3, 4, 2);
        double[] th = theta(l, 9);
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            double[] g1 = new double[l.size()];
            double[] g2 = new double[l.size()];
            double v1 = new LfrObjective(p, l, new LossWeights(), LfrMode.PAPER, one).valueAndGradient(th, g1);
            double v2 = new LfrObjective(p, l, new LossWeights(), LfrMode.PAPER, POOL).valueAndGradient(th, g2);
            assertEquals(v1, v2, 1e-12 * Math.abs(v1));
            for (int i = 0; i < g1.length; i++) {
                assertEquals(g1[i], g2[i], 1e-10 * Math.max(1, Math.abs(g1[i])));
            }
        } finally {
            one.shutdown();
        }
    }

    @Test
    void modeAndAlphaSetsMustAgree() {
        LfrProblem p = problem(10, 3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new LfrObjective(p, new ParameterLayout(2, 3, 2), new LossWeights(), LfrMode.AIF360, POOL));
        assertTrue(e.getMessage().contains("alphaSets=2"), e.getMessage());
    }
}
