package org.veil.lfr.model;

/**
 * Accuracy and statistical parity of the label head's predictions (ŷ &gt; 0.5, Zemel et al. 2013 eq. 6) on
 * the rows of one objective, at the parameters it last evaluated.
 *
 * @param accuracy         share of rows whose prediction equals their favourable indicator
 * @param parityDifference P(ŷ &gt; 0.5 | unprivileged) − P(ŷ &gt; 0.5 | privileged)
 */
public record PredictionStats(double accuracy, double parityDifference) {
}
