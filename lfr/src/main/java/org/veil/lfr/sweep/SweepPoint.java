package org.veil.lfr.sweep;

import java.util.Map;

/**
 * One fit of an accuracy–parity sweep: the parity weight and the test-split metrics of
 * {@link org.veil.lfr.LfrEvaluation#FIELDS}, plus the fit's time.
 *
 * @param az      the weight Az of the parity loss
 * @param metrics test metrics, keys as {@link org.veil.lfr.LfrEvaluation#FIELDS}
 * @param seconds wall time of the fit
 */
public record SweepPoint(double az, Map<String, Double> metrics, double seconds) {

    public SweepPoint {
        metrics = Map.copyOf(metrics);
    }

    public double accuracy() {
        return metrics.get("testAccuracy");
    }

    public double parityDifference() {
        return metrics.get("statisticalParityDifference");
    }
}
