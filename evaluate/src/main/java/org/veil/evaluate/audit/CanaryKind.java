package org.veil.evaluate.audit;

/**
 * What a canary is. Both kinds are rows of the audited pool; the choice only changes the label the
 * canary is trained (when included) and scored with.
 */
public enum CanaryKind {
    /**
     * The row with its label replaced by a uniformly random <em>other</em> class: a black-box auditor's
     * standard canary, because a model can only fit a wrong label by memorising that row, which makes
     * inclusion visible in the loss (Steinke, Nasr and Jagielski 2023, black-box audits with mislabelled
     * examples; Jagielski, Ullman and Oprea 2020 for poisoned canaries). The default.
     */
    MISLABELLED,
    /** The row as it is: measures leakage on ordinary data; usually far weaker evidence. */
    UNMODIFIED
}
