package org.veil.lfr.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cases computed with AIF360's OWN metric code: Trusted-AI/AIF360 @34877916b789e569edf5c0aac033403ca90f34b3,
 * {@code ClassificationMetric} loaded from aif360/metrics with stand-ins only for its unused pandas imports
 * (script /work/refs/scripts/fairness_reference_lfr_metrics.py, output beside it in the .out file; cases A-F
 * there, inputs as digit strings: y, yhat, group per row). Balanced accuracy is AIF360's
 * 0.5·(TPR + TNR) of the favourable class against the rest.
 */
class AifOwnCodeReferenceTest {

    /** 10 points in the plane without distance ties (the script's consistency case). */
    private static final double[][] POINTS = {{0.0, 0.0}, {1.0, 0.1}, {0.2, 1.3}, {3.0, 3.1}, {3.4, 2.2},
        {2.5, 4.0}, {6.0, 0.3}, {6.7, 1.1}, {5.2, 0.9}, {9.0, 9.5}};

    /** AIF360's BinaryLabelDatasetMetric.consistency and the script's numpy yNN, yhat = 1100101101. */
    @ParameterizedTest(name = "k = {0}")
    @CsvSource({"3, 0.5666666666666667, 0.43333333333333335", "5, 0.58, 0.45999999999999996"})
    void consistencyMatchesAif360(int k, double aif360, double zemel) {
        int[] yhat = digits("1100101101");
        assertEquals(aif360, Consistency.aif360(POINTS, yhat, k, 1), 1e-12);
        assertEquals(zemel, Consistency.zemel(POINTS, yhat, k, 1), 1e-12);
    }

    private static int[] digits(String s) {
        return s.chars().map(c -> c - '0').toArray();
    }

    @ParameterizedTest(name = "case {0}")
    @CsvSource(delimiter = '|', value = {
        "A|110100110010;110110100000;000000111111;2;0;1;-0.5;0.25;-0.6666666666666667;-0.5;0.75",
        "B|101101001110110;101001101100100;000001111122222;3;0;1;0.09999999999999998;1.25;0.0;0.125;0.75",
        "C|1100101101011001;1000111100110010;0000111122223333;4;0 1;1;-0.25;0.6;-0.55;-0.19166666666666668;"
                + "0.5634920634920635",
        "D|1010011010;0000001110;0000011111;2;0;1;0.6;Infinity;0.6666666666666666;0.5833333333333333;"
                + "0.6000000000000001",
        "D2|0000011010;0000000000;0000011111;2;0;1;0.0;NaN;NaN;NaN;0.5",
        "E|110100110010;110110100000;000000111111;2;0;0;0.5;2.5000000000000004;0.33333333333333337;0.5;0.75",
        "F|210201221020;200211201012;000000111111;2;0;2;0.0;1.0;-0.6666666666666667;-0.1666666666666667;"
                + "0.7285714285714285"})
    void matchesAif360(String name, String spec) {
        // y; yhat; group; groups; privileged; favourable; SPD; DI; EOD; AOD; balanced accuracy
        String[] f = spec.split(";");
        int[] privileged = java.util.Arrays.stream(f[4].split(" ")).mapToInt(Integer::parseInt).toArray();
        FairnessReport r = FairnessMetrics.of(digits(f[0]), digits(f[1]), digits(f[2]), Integer.parseInt(f[3]),
                privileged, Integer.parseInt(f[5]));
        assertEquals(Double.parseDouble(f[6]), r.statisticalParityDifference(), 1e-12, "SPD");
        assertEquals(Double.parseDouble(f[7]), r.disparateImpact(), 1e-12, "DI");
        assertEquals(Double.parseDouble(f[8]), r.equalOpportunityDifference(), 1e-12, "EOD");
        assertEquals(Double.parseDouble(f[9]), r.averageOddsDifference(), 1e-12, "AOD");
        assertEquals(Double.parseDouble(f[10]), r.balancedAccuracy(), 1e-12, "balanced accuracy");
    }
}
