package org.veil.pate.aggregate;

import java.util.Objects;
import org.veil.core.privacy.LnMax;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * LNMax (Papernot et al. 2017, section 2.1, eq. 1): {@code argmax_j {n_j + Lap(b)}}, Laplace noise
 * of scale b (the paper's 1/gamma) on every count, lowest index on ties. Every query is answered;
 * each answer is (2 / b, 0)-DP ({@link LnMax}). Immutable and thread-safe.
 */
public final class LnMaxAggregator implements Aggregator {
    private final LnMaxOptions options;

    public LnMaxAggregator(LnMaxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public LnMaxOptions options() {
        return options;
    }

    @Override
    public QueryAnswer answer(int[] counts, double[] studentProbabilities, NoiseSource noise) {
        Aggregator.checkCounts(counts);
        return QueryAnswer.teachers(NoisyArgmax.laplace(counts, options.scale(), noise), false);
    }

    @Override
    public PrivacyLedger ledger(long checks, long teacherAnswers) {
        return PrivacyLedger.of(new LnMax(options.scale()), teacherAnswers);
    }
}
