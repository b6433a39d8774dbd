package org.veil.pate;

import java.util.Objects;
import org.veil.pate.analysis.AnalysisKind;
import org.veil.pate.analysis.CostKind;

/**
 * How a PATE run's guarantee is computed and published (Papernot et al. 2018, section 3 and
 * Appendix C; see docs/pate-analysis.md).
 *
 * @param analysis       data-dependent (Theorem 6 on the votes; default) or data-independent (Proposition 8)
 * @param cost           realised (the run that happened; default) or expected over the threshold check's noise
 *                       (what the paper's tables report)
 * @param releaseEpsilon publish a sanitised epsilon (smooth sensitivity, 2018 Appendix C.1) instead of the
 *                       data-dependent one, paying its extra cost; default false
 */
public record AccountingOptions(AnalysisKind analysis, CostKind cost, boolean releaseEpsilon) {

    public AccountingOptions {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(cost, "cost");
        if (releaseEpsilon && analysis == AnalysisKind.DATA_INDEPENDENT) {
            throw new IllegalArgumentException("releaseEpsilon=true with analysis=data-independent, allowed: "
                    + "a release only of a data-dependent epsilon (a data-independent one is published as is)");
        }
    }

    /** The defaults: data-dependent analysis of the realised run, not released. */
    public AccountingOptions() {
        this(AnalysisKind.DATA_DEPENDENT, CostKind.REALISED, false);
    }
}
