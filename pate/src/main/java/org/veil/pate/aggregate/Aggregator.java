package org.veil.pate.aggregate;

import java.util.Objects;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.noise.NoiseSource;

/**
 * A noisy aggregator of the teachers' votes for one query (Papernot et al. 2017, section 2.1;
 * Papernot et al. 2018, section 4 and Algorithms 1-2). Every noise value comes from the
 * {@link NoiseSource} passed to {@link #answer}: the secure source for a release that claims
 * privacy, a seeded one for experiments and tests.
 *
 * <p>Implementations are immutable and thread-safe (their only state is their options); with a
 * seeded source the answers are reproducible when the queries are answered in the same order.
 */
public sealed interface Aggregator
        permits LnMaxAggregator, GnMaxAggregator, ConfidentGnMaxAggregator, InteractiveGnMaxAggregator {

    /** The aggregator for {@code options}. */
    static Aggregator of(AggregatorOptions options) {
        Objects.requireNonNull(options, "options");
        if (options instanceof LnMaxOptions o) {
            return new LnMaxAggregator(o);
        } else if (options instanceof GnMaxOptions o) {
            return new GnMaxAggregator(o);
        } else if (options instanceof ConfidentGnMaxOptions o) {
            return new ConfidentGnMaxAggregator(o);
        } else if (options instanceof InteractiveGnMaxOptions o) {
            return new InteractiveGnMaxAggregator(o);
        }
        throw new IllegalArgumentException("aggregator=" + options.name() + ", allowed: lnmax, gnmax, "
                + "confident-gnmax, interactive-gnmax");
    }

    AggregatorOptions options();

    /**
     * Answers one query.
     *
     * @param counts               the teachers' votes per class (non-negative, at least two classes)
     * @param studentProbabilities the student's class probabilities for the query row; needed when
     *                             {@link #usesStudent()}, ignored (may be null) otherwise
     * @param noise                where every noise value comes from
     */
    QueryAnswer answer(int[] counts, double[] studentProbabilities, NoiseSource noise);

    /** True when {@link #answer} needs the student's probabilities (Interactive-GNMax). */
    default boolean usesStudent() {
        return false;
    }

    /**
     * The data-independent ledger of a run of this aggregator: {@code checks} noisy threshold checks
     * and {@code teacherAnswers} answers by the teachers (student answers are free).
     */
    PrivacyLedger ledger(long checks, long teacherAnswers);

    /** Rejects a vote histogram with fewer than two classes or a negative count. */
    static void checkCounts(int[] counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length < 2) {
            throw new IllegalArgumentException("counts has " + counts.length + " classes, allowed: >= 2");
        }
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] < 0) {
                throw new IllegalArgumentException("counts[" + j + "]=" + counts[j] + ", allowed: >= 0");
            }
        }
    }
}
