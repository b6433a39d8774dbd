package org.veil.evaluate.report;

import java.util.Arrays;
import org.veil.evaluate.metric.RocCurve;

/**
 * A ROC curve thinned for drawing: at most {@link #MAX_POINTS} (FPR, TPR) points, chosen so that the
 * low-FPR end, which decides membership-inference results (Carlini et al. 2022, "Membership inference
 * attacks from first principles", section III: TPR at low FPR, on log–log axes), keeps its shape.
 * The FPR axis is cut into buckets of equal width in log10(FPR) between the smallest positive FPR and 1,
 * and the first and last point of each bucket are kept, plus the points at FPR = 0 (the first and the
 * last, i.e. the best TPR reachable with no false positive). Consecutive kept points are in the curve's
 * order, so FPR never decreases. A curve with few points is kept whole.
 *
 * <p>Immutable (arrays are copied in and out); thread-safe. Deterministic.
 *
 * @param fpr false-positive rates, non-decreasing, in [0, 1]
 * @param tpr true-positive rates of the same points, in [0, 1]
 */
public record RocPoints(double[] fpr, double[] tpr) {

    /** Most points kept by {@link #of(RocCurve)}. */
    public static final int MAX_POINTS = 400;

    public RocPoints {
        if (fpr == null || tpr == null || fpr.length != tpr.length) {
            throw new IllegalArgumentException("fpr and tpr must be non-null and of equal length, got "
                    + (fpr == null ? "null" : fpr.length) + " and " + (tpr == null ? "null" : tpr.length));
        }
        fpr = fpr.clone();
        tpr = tpr.clone();
        for (int k = 0; k < fpr.length; k++) {
            if (!(fpr[k] >= 0 && fpr[k] <= 1) || !(tpr[k] >= 0 && tpr[k] <= 1)) {
                throw new IllegalArgumentException("point " + k + " = (" + fpr[k] + ", " + tpr[k]
                        + "), allowed: both in [0, 1]");
            }
            if (k > 0 && fpr[k] < fpr[k - 1]) {
                throw new IllegalArgumentException("fpr[" + k + "]=" + fpr[k] + " < fpr[" + (k - 1) + "]="
                        + fpr[k - 1] + ", allowed: non-decreasing");
            }
        }
    }

    /** The curve thinned to at most {@link #MAX_POINTS} points. */
    public static RocPoints of(RocCurve roc) {
        return of(roc.fpr(), roc.tpr(), MAX_POINTS);
    }

    /**
     * @param fpr       a curve's FPRs, non-decreasing
     * @param tpr       its TPRs
     * @param maxPoints most points kept, at least 8
     */
    static RocPoints of(double[] fpr, double[] tpr, int maxPoints) {
        if (maxPoints < 8) {
            throw new IllegalArgumentException("maxPoints=" + maxPoints + ", allowed: >= 8");
        }
        if (fpr.length <= maxPoints) {
            return new RocPoints(fpr, tpr);
        }
        double minPositive = 1;
        for (double f : fpr) {
            if (f > 0) {
                minPositive = Math.min(minPositive, f);
            }
        }
        int buckets = maxPoints / 2 - 1; // two points per bucket, two more at FPR = 0
        double span = -Math.log10(minPositive);
        boolean[] keep = new boolean[fpr.length];
        int lastBucket = -2;
        for (int k = 0; k < fpr.length; k++) {
            int bucket = fpr[k] == 0 ? -1 : span == 0 ? buckets - 1
                    : (int) Math.min(buckets - 1, Math.floor(buckets * (Math.log10(fpr[k]) + span) / span));
            if (bucket != lastBucket) {
                keep[k] = true; // first of its bucket
                if (k > 0) {
                    keep[k - 1] = true; // last of the previous bucket
                }
                lastBucket = bucket;
            }
        }
        keep[fpr.length - 1] = true;
        int n = 0;
        for (boolean b : keep) {
            n += b ? 1 : 0;
        }
        double[] fx = new double[n];
        double[] ty = new double[n];
        int i = 0;
        for (int k = 0; k < fpr.length; k++) {
            if (keep[k]) {
                fx[i] = fpr[k];
                ty[i] = tpr[k];
                i++;
            }
        }
        return new RocPoints(fx, ty);
    }

    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    /** Number of points. */
    public int size() {
        return fpr.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RocPoints r && Arrays.equals(fpr, r.fpr) && Arrays.equals(tpr, r.tpr);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr);
    }

    @Override
    public String toString() {
        return "RocPoints[" + fpr.length + " points]";
    }
}
