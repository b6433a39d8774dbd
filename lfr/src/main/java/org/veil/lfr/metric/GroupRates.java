package org.veil.lfr.metric;

/**
 * Confusion counts of one group (or one side) with respect to the favourable class, and the rates the
 * fairness metrics compare. A rate whose denominator is 0 is NaN (AIF360 returns numpy's nan there).
 *
 * @param rows           rows in the group
 * @param selected       rows predicted favourable
 * @param positives      rows whose true class is favourable
 * @param truePositives  favourable rows predicted favourable
 * @param falsePositives unfavourable rows predicted favourable
 */
public record GroupRates(long rows, long selected, long positives, long truePositives, long falsePositives) {

    /** P(ŷ = favourable). */
    public double selectionRate() {
        return ratio(selected, rows);
    }

    /** P(ŷ = favourable | y = favourable). */
    public double truePositiveRate() {
        return ratio(truePositives, positives);
    }

    /** P(ŷ = favourable | y ≠ favourable). */
    public double falsePositiveRate() {
        return ratio(falsePositives, rows - positives);
    }

    /** P(ŷ ≠ favourable | y ≠ favourable). */
    public double trueNegativeRate() {
        return ratio(rows - positives - falsePositives, rows - positives);
    }

    GroupRates plus(GroupRates o) {
        return new GroupRates(rows + o.rows, selected + o.selected, positives + o.positives,
                truePositives + o.truePositives, falsePositives + o.falsePositives);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
