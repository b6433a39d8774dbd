package org.veil.dpsgd.sampling;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.veil.core.run.Randomness;

/**
 * Poisson sampling: every one of N rows joins a step's batch independently with probability q
 * (Abadi et al. 2016, section 3.1, "lot"; the sampling assumed by the subsampled-Gaussian RDP
 * bound of Mironov, Talwar and Zhang 2019, section 3). Rows are visited by geometric skips, so a
 * step costs O(qN) draws rather than N: the gap to the next included row is
 * G = ⌊ln U / ln(1 − q)⌋ for U uniform in (0, 1] (Devroye 1986, "Non-Uniform Random Variate
 * Generation", section X.2, the inversion method for the geometric law).
 *
 * <p>Randomness: {@link #secure} draws from a {@link SecureRandom} (the batches cannot be
 * recomputed by anyone, which the amplification-by-subsampling argument needs against an attacker
 * who reads the run's record); {@link #seeded} derives step t's generator from (seed, t), so runs
 * are reproducible and a resumed run draws the same batches, but anyone who knows the seed knows
 * the batches. Not thread-safe.
 */
public final class PoissonSampler implements BatchSampler {
    private final int rows;
    private final double sampleRate;
    private final long seed;
    private final SecureRandom secure;

    private PoissonSampler(int rows, double sampleRate, long seed, SecureRandom secure) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows=" + rows + ", allowed: >= 1");
        }
        if (!(sampleRate > 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("sampleRate=" + sampleRate + ", allowed: (0, 1]");
        }
        this.rows = rows;
        this.sampleRate = sampleRate;
        this.seed = seed;
        this.secure = secure;
    }

    /** Batches from a cryptographically secure generator. */
    public static PoissonSampler secure(int rows, double sampleRate) {
        return new PoissonSampler(rows, sampleRate, 0, new SecureRandom());
    }

    /** Reproducible batches: step t draws from {@code SplittableRandom(Randomness.derive(seed, t))}. */
    public static PoissonSampler seeded(int rows, double sampleRate, long seed) {
        return new PoissonSampler(rows, sampleRate, seed, null);
    }

    @Override
    public int[] batch(long step) {
        RandomGenerator random = secure != null ? secure : new SplittableRandom(Randomness.derive(seed, step));
        if (sampleRate == 1) {
            int[] all = new int[rows];
            Arrays.setAll(all, i -> i);
            return all;
        }
        double logKeep = Math.log1p(-sampleRate);
        int[] out = new int[Math.max(16, (int) Math.min(rows, 2 * sampleRate * rows + 16))];
        int n = 0;
        long i = -1;
        while (true) {
            // 1 - nextDouble() is uniform in (0, 1], so the logarithm is finite.
            double u = 1.0 - random.nextDouble();
            double gap = Math.floor(Math.log(u) / logKeep);
            i += 1 + (long) Math.min(gap, rows);
            if (i >= rows) {
                return Arrays.copyOf(out, n);
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(rows, 2 * n));
            }
            out[n++] = (int) i;
        }
    }

    @Override
    public boolean poisson() {
        return true;
    }

    /** q. */
    public double sampleRate() {
        return sampleRate;
    }
}
