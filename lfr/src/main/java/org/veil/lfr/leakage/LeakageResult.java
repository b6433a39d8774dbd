package org.veil.lfr.leakage;

/**
 * How well adversaries predict the protected group from a representation, as balanced accuracy
 * (mean per-group recall on held-out rows: 1/groups is chance, 1 is full leakage).
 *
 * @param logistic      balanced accuracy of logistic regression (Tribuo)
 * @param mlp           balanced accuracy of a small MLP (64-32 ReLU)
 * @param best          the larger of the two: the leakage reported beside the parity metrics
 * @param chance        1 / number of groups
 */
public record LeakageResult(double logistic, double mlp, double best, double chance) {
}
