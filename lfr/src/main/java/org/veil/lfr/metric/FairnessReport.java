package org.veil.lfr.metric;

import java.util.List;

/**
 * Group-fairness metrics of one set of predictions, as AIF360's {@code ClassificationMetric} defines them
 * (privileged side vs the pooled unprivileged side; u = unprivileged, p = privileged):
 * SPD = P(ŷ=1|u) − P(ŷ=1|p); DI = P(ŷ=1|u) / P(ŷ=1|p) (NaN for 0/0, Infinity for x/0);
 * EOD = TPR_u − TPR_p; AOD = ((FPR_u − FPR_p) + (TPR_u − TPR_p)) / 2; balanced accuracy (TPR + TNR) / 2
 * over all rows. {@code worstParityDifference} is the per-group SPD (each unprivileged group against the
 * privileged side) with the largest absolute value, for multi-valued attributes.
 *
 * @param accuracy                    share of rows predicted correctly
 * @param balancedAccuracy            (TPR + TNR) / 2
 * @param statisticalParityDifference SPD
 * @param disparateImpact             DI
 * @param equalOpportunityDifference  EOD
 * @param averageOddsDifference       AOD
 * @param worstParityDifference       the per-group SPD largest in absolute value
 * @param privileged                  rates of the privileged side
 * @param unprivileged                rates of the unprivileged side
 * @param groups                      rates of every group, index = group
 */
public record FairnessReport(double accuracy, double balancedAccuracy, double statisticalParityDifference,
        double disparateImpact, double equalOpportunityDifference, double averageOddsDifference,
        double worstParityDifference, GroupRates privileged, GroupRates unprivileged, List<GroupRates> groups) {

    public FairnessReport {
        groups = List.copyOf(groups);
    }
}
