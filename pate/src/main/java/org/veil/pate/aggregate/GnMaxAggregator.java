package org.veil.pate.aggregate;

import java.util.Objects;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * GNMax (Papernot et al. 2018, section 4.1): {@code argmax_j {n_j + N(0, sigma^2)}}, lowest index on
 * ties. Every query is answered; each answer is recorded as {@link GnMax} (RDP alpha / sigma^2,
 * 2018 Proposition 8). Immutable and thread-safe.
 */
public final class GnMaxAggregator implements Aggregator {
    private final GnMaxOptions options;

    public GnMaxAggregator(GnMaxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public GnMaxOptions options() {
        return options;
    }

    @Override
    public QueryAnswer answer(int[] counts, double[] studentProbabilities, NoiseSource noise) {
        Aggregator.checkCounts(counts);
        return QueryAnswer.teachers(NoisyArgmax.gaussian(counts, options.sigma(), noise), false);
    }

    @Override
    public PrivacyLedger ledger(long checks, long teacherAnswers) {
        return PrivacyLedger.of(new GnMax(options.sigma()), teacherAnswers);
    }
}
