package org.veil.cli.pate;

import org.veil.pate.analysis.AnalysisKind;
import org.veil.pate.analysis.CostKind;

/**
 * The command-line names of PATE's analysis and cost choices ({@code data-dependent},
 * {@code realised}, ...), both ways, for {@code veil pate train} and {@code veil pate analyze}.
 * Stateless.
 */
final class PateChoices {

    private PateChoices() {
    }

    /** {@code data-dependent} or {@code data-independent}. */
    static AnalysisKind analysis(String value) {
        return switch (value) {
            case "data-dependent" -> AnalysisKind.DATA_DEPENDENT;
            case "data-independent" -> AnalysisKind.DATA_INDEPENDENT;
            default -> throw new IllegalArgumentException("--analysis=" + value
                    + ", allowed: data-dependent, data-independent");
        };
    }

    /** {@code realised} (or {@code realized}) or {@code expected}. */
    static CostKind cost(String value) {
        return switch (value) {
            case "realised", "realized" -> CostKind.REALISED;
            case "expected" -> CostKind.EXPECTED;
            default -> throw new IllegalArgumentException("--cost=" + value + ", allowed: realised, expected");
        };
    }

    static String name(AnalysisKind kind) {
        return kind == AnalysisKind.DATA_DEPENDENT ? "data-dependent" : "data-independent";
    }

    static String name(CostKind kind) {
        return kind == CostKind.EXPECTED ? "expected" : "realised";
    }
}
