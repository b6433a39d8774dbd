package org.veil.pate.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.veil.core.privacy.noise.NoiseSource;

class InteractiveGnMaxAggregatorTest {
    private static final int TRIALS = 10_000;
    private static final int[] UNANIMOUS = {250, 0, 0, 0};

    private static InteractiveGnMaxAggregator interactive(double t, double sigma1, double confidence) {
        return new InteractiveGnMaxAggregator(new InteractiveGnMaxOptions(t, sigma1, 1e-6, confidence));
    }

    @Test
    void confidentStudentThatAgreesLabelsTheQueryItself() {
        // student agrees with unanimous teachers: max_j (n_j - M p_j) = 250 - 250 * 0.97 = 7.5, far below T = 100
        InteractiveGnMaxAggregator agg = interactive(100, 10, 0.9);
        NoiseSource noise = NoiseSource.seeded(31);
        for (int t = 0; t < 200; t++) {
            assertEquals(QueryAnswer.student(0), agg.answer(UNANIMOUS, new double[] {0.97, 0.01, 0.01, 0.01}, noise));
        }
    }

    @Test
    void unsureStudentWithoutTeacherAnswerGetsNoLabel() {
        // p uniform: statistic 250 - 62.5 = 187.5 < T = 400; top p 0.25 <= T' = 0.9
        InteractiveGnMaxAggregator agg = interactive(400, 10, 0.9);
        assertEquals(QueryAnswer.none(), agg.answer(UNANIMOUS, new double[] {0.25, 0.25, 0.25, 0.25},
                NoiseSource.seeded(32)));
    }

    @Test
    void teachersOverruleAConfidentWrongStudent() {
        // student says class 1 with 0.97: statistic = 250 - 2.5 = 247.5 >= T = 100, teachers answer class 0
        InteractiveGnMaxAggregator agg = interactive(100, 10, 0.9);
        QueryAnswer a = agg.answer(UNANIMOUS, new double[] {0.01, 0.97, 0.01, 0.01}, NoiseSource.seeded(33));
        assertEquals(QueryAnswer.teachers(0, true), a);
    }

    @Test
    void checkPassRateIsPhiOfTheDisagreementMarginOverSigma1() {
        InteractiveGnMaxAggregator agg = interactive(150, 60, 1.0);
        NoiseSource noise = NoiseSource.seeded(34);
        int[] counts = {200, 50, 0, 0};
        double[] p = {0.5, 0.3, 0.1, 0.1};
        long passed = 0;
        for (int t = 0; t < TRIALS; t++) {
            passed += agg.answer(counts, p, noise).passed() ? 1 : 0;
        }
        // 2018, Algorithm 2: statistic max_j (n_j - M p_j) = max(200 - 125, 50 - 75, -25, -25) = 75
        double expected = new NormalDistribution(0, 1).cumulativeProbability((75 - 150) / 60.0);
        Binomial.assertRate("pass rate", passed, TRIALS, expected);
    }

    @Test
    void withoutAStudentItIsConfidentGnMax() {
        InteractiveGnMaxAggregator agg = interactive(200, 150, 0.0);
        NoiseSource noise = NoiseSource.seeded(35);
        long passed = 0;
        for (int t = 0; t < TRIALS; t++) {
            QueryAnswer a = agg.answer(new int[] {180, 60, 10}, null, noise);
            passed += a.passed() ? 1 : 0;
            assertEquals(a.passed() ? AnswerSource.TEACHERS : AnswerSource.NONE, a.source());
        }
        double expected = new NormalDistribution(0, 1).cumulativeProbability((180 - 200) / 150.0);
        Binomial.assertRate("pass rate", passed, TRIALS, expected);
    }

    @Test
    void baselineIsTeachersTimesProbabilities() {
        assertArrayEquals(new double[] {125, 75, 50}, InteractiveGnMaxAggregator.baseline(250, new double[] {0.5, 0.3, 0.2}),
                1e-12);
    }

    @Test
    void badProbabilitiesAreRefused() {
        InteractiveGnMaxAggregator agg = interactive(100, 10, 0.9);
        NoiseSource noise = NoiseSource.seeded(36);
        assertThrows(IllegalArgumentException.class, () -> agg.answer(UNANIMOUS, new double[] {0.5, 0.5}, noise));
        assertThrows(IllegalArgumentException.class, () -> agg.answer(UNANIMOUS, new double[] {0.5, 0.6, 0, 0}, noise));
        assertThrows(IllegalArgumentException.class, () -> agg.answer(UNANIMOUS, new double[] {1.5, -0.5, 0, 0}, noise));
    }
}
