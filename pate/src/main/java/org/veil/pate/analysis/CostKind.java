package org.veil.pate.analysis;

/**
 * How the cost of the GNMax answer in Confident-/Interactive-GNMax (Papernot et al. 2018,
 * Algorithms 1 and 2) is counted. For plain GNMax and LNMax every query is answered and both are equal.
 */
public enum CostKind {
    /**
     * Each query costs rdp_check + Pr[answered] rdp_answer, Pr[answered] computed from the private votes:
     * what the authors' scripts report (smooth_sensitivity_table.py, rdp_cumulative.py). It is the
     * expectation over the check's noise, not the cost of the run that happened.
     */
    EXPECTED,
    /**
     * Each query costs rdp_check + [the check passed] rdp_answer: the run that happened, given which
     * queries were answered (an output the student sees). Requires {@link QueryOutcomes#passedCheck()}.
     */
    REALISED
}
