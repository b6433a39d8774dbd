package org.veil.pate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.student.FirstQueries;
import org.veil.pate.student.QuerySelection;

/**
 * Options of a PATE run ({@link PateTrainer}).
 *
 * @param teachers              teachers, one per disjoint part of the private data, in [1, 1000000]
 *                              (at most the private rows, checked when training); default 250
 * @param aggregator            the noisy aggregator; default Confident-GNMax with T = 200,
 *                              sigma1 = 150, sigma2 = 40 (Papernot et al. 2018, Table 2, MNIST)
 * @param selection             which public rows are asked about, in how many rounds; default the
 *                              first 640 rows in one round (2018, Table 2, MNIST); Interactive-GNMax
 *                              needs at least 2 rounds (checked by {@link PateTrainer}, so that the
 *                              {@code with} methods can be called in any order)
 * @param delta                 delta of the reported (epsilon, delta) guarantee, in (0, 1); default 1e-5
 * @param parallelism           teachers trained (and queried) at once, in [1, 1024]; default the
 *                              number of available processors (measured on a 2-core machine: 250
 *                              MNIST MLP teachers in about 2 minutes at 2, see docs/pate.md); more
 *                              than one runs each teacher on one ND4J thread, which changes the low
 *                              bits of DL4J teachers compared with a run at 1
 * @param semiSupervised        whether the final student is also trained on its own confident
 *                              predictions for the public rows left without a label (self-training,
 *                              {@link org.veil.pate.student.PseudoLabels}; free post-processing);
 *                              default false
 * @param pseudoLabelConfidence the least top probability a pseudo-label needs, in (0, 1]; default 0.9
 * @param accounting            how the guarantee is computed and published ({@link AccountingOptions});
 *                              default the data-dependent analysis of the realised run, not released
 */
public record PateOptions(
        int teachers,
        AggregatorOptions aggregator,
        QuerySelection selection,
        double delta,
        int parallelism,
        boolean semiSupervised,
        double pseudoLabelConfidence,
        AccountingOptions accounting) {
    /** Most teachers accepted. */
    public static final int MAX_TEACHERS = 1_000_000;
    /** Most teachers trained at once. */
    public static final int MAX_PARALLELISM = 1024;

    public PateOptions {
        List<String> problems = new ArrayList<>();
        if (teachers < 1 || teachers > MAX_TEACHERS) {
            problems.add("teachers=" + teachers + ", allowed: [1, " + MAX_TEACHERS + "]");
        }
        if (aggregator == null) {
            problems.add("aggregator=null, allowed: lnmax, gnmax, confident-gnmax or interactive-gnmax options");
        }
        if (selection == null) {
            problems.add("selection=null, allowed: first or least-confident");
        }
        if (!(delta > 0 && delta < 1)) {
            problems.add("delta=" + delta + ", allowed: (0, 1)");
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            problems.add("parallelism=" + parallelism + ", allowed: [1, " + MAX_PARALLELISM + "]");
        }
        if (!(pseudoLabelConfidence > 0 && pseudoLabelConfidence <= 1)) {
            problems.add("pseudoLabelConfidence=" + pseudoLabelConfidence + ", allowed: (0, 1]");
        }
        if (accounting == null) {
            problems.add("accounting=null, allowed: analysis, cost and release choices");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * The defaults: 250 teachers, Confident-GNMax (200, 150, 40), the first 640 public rows, delta 1e-5,
     * one teacher per available processor, no self-training.
     */
    public PateOptions() {
        this(250, new ConfidentGnMaxOptions(200, 150, 40), new FirstQueries(640), 1e-5,
                Math.min(MAX_PARALLELISM, Runtime.getRuntime().availableProcessors()), false, 0.9,
                new AccountingOptions());
    }

    public PateOptions withTeachers(int value) {
        return new PateOptions(value, aggregator, selection, delta, parallelism, semiSupervised,
                pseudoLabelConfidence, accounting);
    }

    public PateOptions withAggregator(AggregatorOptions value) {
        Objects.requireNonNull(value, "aggregator");
        return new PateOptions(teachers, value, selection, delta, parallelism, semiSupervised,
                pseudoLabelConfidence, accounting);
    }

    public PateOptions withSelection(QuerySelection value) {
        Objects.requireNonNull(value, "selection");
        return new PateOptions(teachers, aggregator, value, delta, parallelism, semiSupervised,
                pseudoLabelConfidence, accounting);
    }

    public PateOptions withDelta(double value) {
        return new PateOptions(teachers, aggregator, selection, value, parallelism, semiSupervised,
                pseudoLabelConfidence, accounting);
    }

    public PateOptions withParallelism(int value) {
        return new PateOptions(teachers, aggregator, selection, delta, value, semiSupervised,
                pseudoLabelConfidence, accounting);
    }

    /** Self-training on confident pseudo-labels on (true) or off (false). */
    public PateOptions withSemiSupervised(boolean value) {
        return new PateOptions(teachers, aggregator, selection, delta, parallelism, value,
                pseudoLabelConfidence, accounting);
    }

    public PateOptions withPseudoLabelConfidence(double value) {
        return new PateOptions(teachers, aggregator, selection, delta, parallelism, semiSupervised, value,
                accounting);
    }

    public PateOptions withAccounting(AccountingOptions value) {
        Objects.requireNonNull(value, "accounting");
        return new PateOptions(teachers, aggregator, selection, delta, parallelism, semiSupervised,
                pseudoLabelConfidence,
                value);
    }
}
