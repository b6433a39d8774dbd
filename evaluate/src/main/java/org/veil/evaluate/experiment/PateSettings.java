package org.veil.evaluate.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veil.core.tribuo.LogisticRegressionOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;

/**
 * How an experiment trains its PATE targets (Papernot et al. 2018, "Scalable private learning with
 * PATE"): the teacher count, Confident-GNMax's parameters as multiples of it, the public rows, the
 * teachers' model and the student's extra epochs. The student is the experiment's baseline MLP; the
 * query count of each target is not set here but chosen per budget by {@link PateQueries}.
 *
 * <p>The aggregator scales with the teachers because its votes do: with n teachers a query's votes
 * sum to n, so a threshold T = 0.6 n asks for a 60% plurality whatever n is, and the noise
 * sigma = c n keeps the same relative size (2018, section 4.1 sets T, sigma1, sigma2 against the
 * 250 teachers' counts in the same way).
 *
 * @param teachers       teachers per PATE run, in [1, 100000]
 * @param thresholdRatio T / teachers, in (0, 1]
 * @param sigma1Ratio    sigma1 / teachers (the check's noise), in (0, 100]
 * @param sigma2Ratio    sigma2 / teachers (the answer's noise), in (0, 100]
 * @param publicRows     public rows drawn for the student (disjoint from members, non-members, population),
 *                       in [1, 1000000]; the query count is capped by it
 * @param teacher        the teachers' Tribuo logistic regression
 * @param studentEpochs  epochs of the student MLP (the baseline's network, batch size and optimiser), in [1, 10000]
 * @param delta          delta of the PATE guarantee, in (0, 1)
 */
public record PateSettings(int teachers, double thresholdRatio, double sigma1Ratio, double sigma2Ratio,
        int publicRows, LogisticRegressionOptions teacher, int studentEpochs, double delta) {

    public PateSettings {
        Objects.requireNonNull(teacher, "teacher");
        List<String> problems = new ArrayList<>();
        if (teachers < 1 || teachers > 100_000) {
            problems.add("teachers=" + teachers + ", allowed: [1, 100000]");
        }
        if (!(thresholdRatio > 0 && thresholdRatio <= 1)) {
            problems.add("thresholdRatio=" + thresholdRatio + ", allowed: (0, 1]");
        }
        if (!(sigma1Ratio > 0 && sigma1Ratio <= 100)) {
            problems.add("sigma1Ratio=" + sigma1Ratio + ", allowed: (0, 100]");
        }
        if (!(sigma2Ratio > 0 && sigma2Ratio <= 100)) {
            problems.add("sigma2Ratio=" + sigma2Ratio + ", allowed: (0, 100]");
        }
        if (publicRows < 1 || publicRows > 1_000_000) {
            problems.add("publicRows=" + publicRows + ", allowed: [1, 1000000]");
        }
        if (studentEpochs < 1 || studentEpochs > 10_000) {
            problems.add("studentEpochs=" + studentEpochs + ", allowed: [1, 10000]");
        }
        if (!(delta > 0 && delta < 1)) {
            problems.add("delta=" + delta + ", allowed: (0, 1)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * The rule for {@code members} private rows: one teacher per {@value #ROWS_PER_TEACHER} rows, at
     * least {@value #MIN_TEACHERS} and at most {@value #MAX_DEFAULT_TEACHERS}; T = 0.6 n, sigma1 = 0.8 n,
     * sigma2 = 0.4 n; 4000 public rows; 5-epoch teachers; a 30-epoch student; delta 1e-5
     * (measured on Adult in docs/evaluate.md, section PATE).
     */
    public static PateSettings forMembers(int members) {
        int teachers = Math.max(MIN_TEACHERS, Math.min(MAX_DEFAULT_TEACHERS, members / ROWS_PER_TEACHER));
        return new PateSettings(teachers, 0.6, 0.8, 0.4, 4000, new LogisticRegressionOptions(), 30, 1e-5);
    }

    /** Private rows per teacher of {@link #forMembers}. */
    public static final int ROWS_PER_TEACHER = 20;
    /** Fewest teachers of {@link #forMembers}. */
    public static final int MIN_TEACHERS = 10;
    /** Most teachers of {@link #forMembers}. */
    public static final int MAX_DEFAULT_TEACHERS = 250;

    /** Confident-GNMax with T, sigma1 and sigma2 scaled to the teacher count. */
    public ConfidentGnMaxOptions aggregator() {
        return new ConfidentGnMaxOptions(thresholdRatio * teachers, sigma1Ratio * teachers, sigma2Ratio * teachers);
    }

    public PateSettings withTeachers(int value) {
        return new PateSettings(value, thresholdRatio, sigma1Ratio, sigma2Ratio, publicRows, teacher, studentEpochs,
                delta);
    }

    public PateSettings withRatios(double threshold, double sigma1, double sigma2) {
        return new PateSettings(teachers, threshold, sigma1, sigma2, publicRows, teacher, studentEpochs, delta);
    }

    public PateSettings withPublicRows(int value) {
        return new PateSettings(teachers, thresholdRatio, sigma1Ratio, sigma2Ratio, value, teacher, studentEpochs,
                delta);
    }

    public PateSettings withStudentEpochs(int value) {
        return new PateSettings(teachers, thresholdRatio, sigma1Ratio, sigma2Ratio, publicRows, teacher, value, delta);
    }
}
