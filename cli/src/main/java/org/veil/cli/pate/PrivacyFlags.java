package org.veil.cli.pate;

import org.veil.pate.AccountingOptions;
import org.veil.pate.analysis.AnalysisKind;
import org.veil.pate.analysis.CostKind;
import picocli.CommandLine.Option;

/** How {@code veil pate train} computes and publishes the student's guarantee. */
public final class PrivacyFlags {

    @Option(names = "--delta", paramLabel = "D", defaultValue = "1e-5",
            description = "Delta of the (epsilon, delta) guarantee. Default: ${DEFAULT-VALUE}.")
    double delta;

    @Option(names = "--analysis", paramLabel = "data-dependent|data-independent", defaultValue = "data-dependent",
            description = "Which RDP bound each answer is charged (Papernot et al. 2018). Default: ${DEFAULT-VALUE}.")
    String analysis;

    @Option(names = "--cost", paramLabel = "realised|expected", defaultValue = "realised",
            description = "realised: the run that happened; expected: over the threshold check's noise, as the "
                    + "paper's tables. Default: ${DEFAULT-VALUE}.")
    String cost;

    @Option(names = "--release-epsilon", description = "Publish a sanitised data-dependent epsilon (smooth "
            + "sensitivity, 2018 Appendix C.1) and pay its extra cost.")
    boolean release;

    AccountingOptions toAccounting() {
        AnalysisKind a = PateChoices.analysis(analysis);
        CostKind c = PateChoices.cost(cost);
        if (release && a == AnalysisKind.DATA_INDEPENDENT) {
            throw new IllegalArgumentException("--release-epsilon applies to --analysis data-dependent only (a "
                    + "data-independent epsilon is published as is)");
        }
        return new AccountingOptions(a, c, release);
    }
}
