package org.veil.lfr.fit;

import org.veil.lfr.model.PredictionStats;

/**
 * Chooses parameters by a parity target across all validation checks of all restarts: candidates whose
 * label head has |statistical parity difference| ≤ target on the validation rows beat those that do not;
 * among those that do, higher validation accuracy wins (then lower loss); among those that do not, smaller
 * |SPD| wins (then higher accuracy). This is selection on held-out rows, as Zemel et al. 2013 (Section 4)
 * choose their hyper-parameters on a validation set; the test split is never seen. Not thread-safe.
 */
final class ParitySelection {
    private final double target;
    private double[] theta;
    private PredictionStats stats;
    private double loss;
    private int restart = -1;
    private int iteration = -1;

    ParitySelection(double target) {
        this.target = target;
    }

    /** Offers the parameters {@code x} (copied when kept). */
    void offer(double[] x, PredictionStats s, double validationLoss, int fromRestart, int atIteration) {
        if (theta == null || better(s, validationLoss, stats, loss, target)) {
            theta = x.clone();
            stats = s;
            loss = validationLoss;
            restart = fromRestart;
            iteration = atIteration;
        }
    }

    static boolean better(PredictionStats a, double lossA, PredictionStats b, double lossB, double target) {
        double pa = Math.abs(a.parityDifference());
        double pb = Math.abs(b.parityDifference());
        boolean fa = pa <= target;
        boolean fb = pb <= target;
        if (fa != fb) {
            return fa;
        }
        if (fa) {
            return a.accuracy() > b.accuracy() || (a.accuracy() == b.accuracy() && lossA < lossB);
        }
        return pa < pb || (pa == pb && a.accuracy() > b.accuracy());
    }

    double[] theta() {
        return theta;
    }

    PredictionStats stats() {
        return stats;
    }

    int restart() {
        return restart;
    }

    int iteration() {
        return iteration;
    }
}
