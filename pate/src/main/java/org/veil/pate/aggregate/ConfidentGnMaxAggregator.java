package org.veil.pate.aggregate;

import java.util.Objects;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * Confident-GNMax (Papernot et al. 2018, Algorithm 1): if {@code max_j n_j + N(0, sigma1^2) >= T}
 * answer {@code argmax_j {n_j + N(0, sigma2^2)}}, else give no answer. Each query costs one
 * {@link NoisyThreshold} check and each answer one {@link GnMax}. Immutable and thread-safe.
 */
public final class ConfidentGnMaxAggregator implements Aggregator {
    private final ConfidentGnMaxOptions options;

    public ConfidentGnMaxAggregator(ConfidentGnMaxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public ConfidentGnMaxOptions options() {
        return options;
    }

    @Override
    public QueryAnswer answer(int[] counts, double[] studentProbabilities, NoiseSource noise) {
        Aggregator.checkCounts(counts);
        // 2018, Algorithm 1, line 1: max_j {n_j} + N(0, sigma1^2) >= T
        if (NoisyArgmax.passes(NoisyArgmax.max(counts), options.sigma1(), options.threshold(), noise)) {
            // Algorithm 1, line 2: argmax_j {n_j + N(0, sigma2^2)}
            return QueryAnswer.teachers(NoisyArgmax.gaussian(counts, options.sigma2(), noise), true);
        }
        return QueryAnswer.none();
    }

    @Override
    public PrivacyLedger ledger(long checks, long teacherAnswers) {
        PrivacyLedger ledger = PrivacyLedger.of(new NoisyThreshold(options.sigma1()), checks);
        ledger.record(new GnMax(options.sigma2()), teacherAnswers);
        return ledger;
    }
}
