package org.veil.pate.analysis;

import java.util.Arrays;
import java.util.Objects;
import org.veil.pate.aggregate.AggregatorOptions;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.aggregate.Votes;

/**
 * What the aggregator did, where the analysis needs it: which queries passed the noisy threshold check
 * (needed for the {@link CostKind#REALISED} cost of Confident-/Interactive-GNMax) and, for
 * Interactive-GNMax, the student's baseline b_j = M p_j that the check compared the votes with
 * (Papernot et al. 2018, Algorithm 2). The baseline depends on the private data only through earlier
 * noisy answers (the student is trained on them), so the analysis treats it as public.
 *
 * <p>Immutable: arrays are copied in and out. Thread-safe.
 *
 * @param passedCheck one flag per query: the check passed and GNMax answered; null when not needed
 * @param baseline    one row per query, one value per class (Interactive-GNMax only); null otherwise
 */
public record QueryOutcomes(boolean[] passedCheck, double[][] baseline) {

    public QueryOutcomes {
        passedCheck = passedCheck == null ? null : passedCheck.clone();
        if (baseline != null) {
            double[][] copy = new double[baseline.length][];
            for (int i = 0; i < baseline.length; i++) {
                if (baseline[i] == null) {
                    throw new IllegalArgumentException("baseline row " + i + " is null, allowed: one value per class");
                }
                copy[i] = baseline[i].clone();
                for (int j = 0; j < copy[i].length; j++) {
                    if (!Double.isFinite(copy[i][j])) {
                        throw new IllegalArgumentException("baseline[" + i + "][" + j + "]=" + copy[i][j]
                                + ", allowed: finite");
                    }
                }
            }
            baseline = copy;
        }
    }

    /** No outcomes: enough for plain GNMax and LNMax, and for the expected cost of Confident-GNMax. */
    public static QueryOutcomes none() {
        return new QueryOutcomes(null, null);
    }

    /** Which queries passed the check (Confident-GNMax, realised cost). */
    public static QueryOutcomes passed(boolean[] passedCheck) {
        return new QueryOutcomes(Objects.requireNonNull(passedCheck, "passedCheck"), null);
    }

    @Override
    public boolean[] passedCheck() {
        return passedCheck == null ? null : passedCheck.clone();
    }

    @Override
    public double[][] baseline() {
        if (baseline == null) {
            return null;
        }
        double[][] copy = new double[baseline.length][];
        for (int i = 0; i < baseline.length; i++) {
            copy[i] = baseline[i].clone();
        }
        return copy;
    }

    /** Query i's flag, without a copy. */
    boolean passed(int i) {
        return passedCheck[i];
    }

    /** Query i's baseline row, without a copy (callers must not change it). */
    double[] baselineRow(int i) {
        return baseline[i];
    }

    boolean hasPassedCheck() {
        return passedCheck != null;
    }

    /**
     * Checks these outcomes against the votes and the aggregator, naming the first problem.
     *
     * @throws IllegalArgumentException when a needed array is missing or has the wrong shape
     */
    void validate(Votes votes, AggregatorOptions aggregator, CostKind cost) {
        boolean confident = aggregator instanceof ConfidentGnMaxOptions || aggregator instanceof InteractiveGnMaxOptions;
        if (confident && cost == CostKind.REALISED && passedCheck == null) {
            throw new IllegalArgumentException("passedCheck=null, allowed: one flag per query (" + votes.queries()
                    + ") for the REALISED cost of " + aggregator.name());
        }
        if (passedCheck != null && passedCheck.length != votes.queries()) {
            throw new IllegalArgumentException("passedCheck has " + passedCheck.length + " flags, allowed: "
                    + votes.queries() + " (one per query)");
        }
        if (aggregator instanceof InteractiveGnMaxOptions) {
            if (baseline == null) {
                throw new IllegalArgumentException("baseline=null, allowed: " + votes.queries() + " rows of "
                        + votes.classes() + " values (M p_student) for interactive-gnmax");
            }
            checkBaselineShape(votes);
        } else if (baseline != null) {
            throw new IllegalArgumentException("baseline given for " + aggregator.name()
                    + ", allowed: null (only interactive-gnmax compares the votes with a baseline)");
        }
    }

    private void checkBaselineShape(Votes votes) {
        if (baseline.length != votes.queries()) {
            throw new IllegalArgumentException("baseline has " + baseline.length + " rows, allowed: "
                    + votes.queries() + " (one per query)");
        }
        for (int i = 0; i < baseline.length; i++) {
            if (baseline[i].length != votes.classes()) {
                throw new IllegalArgumentException("baseline row " + i + " has " + baseline[i].length
                        + " values, allowed: " + votes.classes() + " (one per class)");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryOutcomes q && Arrays.equals(passedCheck, q.passedCheck)
                && Arrays.deepEquals(baseline, q.baseline);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(passedCheck) + Arrays.deepHashCode(baseline);
    }

    @Override
    public String toString() {
        return "QueryOutcomes[passedCheck=" + (passedCheck == null ? "null" : passedCheck.length + " flags")
                + ", baseline=" + (baseline == null ? "null" : baseline.length + " rows") + "]";
    }
}
