package org.veil.pate.analysis;

/**
 * Which RDP bound each PATE answer is charged (Papernot et al. 2018, section 3 and Appendix A).
 */
public enum AnalysisKind {
    /**
     * Theorem 6 (2018) on the actual votes: much smaller when the teachers agree, but the resulting
     * epsilon is itself a function of the private votes; publish it only through a smooth-sensitivity
     * release ({@link EpsilonRelease}).
     */
    DATA_DEPENDENT,
    /** The worst case over all votes (2018, Proposition 8; 2017, section 3): publishable as is. */
    DATA_INDEPENDENT
}
