package org.veil.evaluate.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References: /work/refs/scripts/one_run_bound_ref.py (outside the project), scipy 1.17.1, run as
 * {@code cd /work/refs/python/dp_accounting && PYTHONPATH=/work/refs/shims:. python3 one_run_bound_ref.py}.
 * It computes every value twice, independently of this code:
 * (A) "appendixD": a transcription of the paper's Appendix D ({@code p_value_DP_audit},
 *     {@code get_eps_audit}: +1 bracket steps, 30 bisection steps, low end returned) with scipy.stats.binom;
 * (B) "jax": google-deepmind/jax_privacy commit 8967688c26d46f3b74bfdfe61ef1f984b887abab,
 *     jax_privacy/auditing.py {@code _one_run_p_value} and {@code _epsilon_one_run(0, m, r, v, beta, delta)}
 *     (brentq, xtol 1e-6).
 * The two agree to 2e-7; the ε tolerance below is 1e-6 (jax's xtol), the p-value tolerance relative 1e-9.
 */
class OneRunBoundTest {

    @ParameterizedTest(name = "m={0} r={1} v={2} delta={3} beta={4}")
    @CsvSource({
        // m, r, v, delta, beta (= 1 - confidence), appendixD, jax     (script output, inputs as in the row)
        "1000, 100, 100, 0.0,  0.05, 3.4929654300, 3.4929653462",
        "1000, 100, 100, 1e-5, 0.05, 3.4653763473, 3.4653762294",
        "1000, 200, 150, 0.0,  0.05, 0.8213962428, 0.8213961379",
        "1000, 200, 150, 1e-5, 0.05, 0.8199729118, 0.8199728374",
        "1000, 200, 150, 1e-3, 0.05, 0.4544009361, 0.4544009361",
        "1000, 1000, 600, 0.0, 0.05, 0.2974679228, 0.2974679267",
        "1000, 1000, 600, 1e-5, 0.05, 0.2972269533, 0.2972269576",
        "1000, 600, 600, 1e-5, 0.05, 5.2703994624, 5.2703995018",
        "500, 100, 90, 1e-5, 0.05, 1.6284910515, 1.6284911586",
        "500, 100, 90, 1e-5, 0.01, 1.4344908781, 1.4344906757",
        "500, 100, 60, 0.0, 0.05, 0.0519149378, 0.0519149424",
        "100, 100, 100, 1e-5, 0.05, 3.4902159534, 3.4902158676",
        "10000, 1000, 900, 1e-6, 0.05, 2.0206455952, 2.0206455942",
    })
    void matchesTheAppendixDProcedureAndJaxPrivacy(int m, int r, int v, double delta, double beta,
            double appendixD, double jax) {
        double eps = OneRunBound.epsilonLowerBound(m, r, v, delta, 1 - beta);
        assertEquals(appendixD, eps, 1e-6, "Appendix D transcription");
        assertEquals(jax, eps, 1e-6, "jax_privacy");
        assertTrue(OneRunBound.pValue(m, r, v, eps, delta) < beta, "the returned epsilon is rejected");
        assertTrue(OneRunBound.pValue(m, r, v, eps + 1e-6, delta) >= beta, "a slightly larger one is not");
    }

    @ParameterizedTest(name = "m={0} r={1} v={2} delta={3}")
    @CsvSource({
        // m, r, v, delta, p-value at eps = 1 (script column "p(eps=1)", both references identical to 13 digits)
        "1000, 100, 100, 0.0,  2.484378555724e-14",
        "1000, 100, 100, 1e-5, 5.633089840962e-04",
        "1000, 200, 150, 1e-5, 3.044225124350e-01",
        "1000, 200, 150, 1e-3, 4.266659902801e-01",
        "500, 100, 90, 1e-5,   4.343233447231e-04",
        "10000, 1000, 900, 1e-6, 9.948649704168e-05",
    })
    void pValueMatchesTheReferences(int m, int r, int v, double delta, double expected) {
        assertEquals(expected, OneRunBound.pValue(m, r, v, 1.0, delta), expected * 1e-9);
    }

    @Test
    void moreCorrectGuessesGiveALargerBound() {
        double previous = -1;
        for (int v = 110; v <= 200; v += 10) {
            double eps = OneRunBound.epsilonLowerBound(1000, 200, v, 1e-5, 0.95);
            assertTrue(eps > previous, "v=" + v + ": " + eps + " after " + previous);
            previous = eps;
        }
    }

    @Test
    void moreDeltaGivesASmallerBound() {
        double previous = Double.POSITIVE_INFINITY;
        for (double delta : new double[] {0, 1e-8, 1e-6, 1e-5, 1e-4, 1e-3}) {
            double eps = OneRunBound.epsilonLowerBound(1000, 200, 170, delta, 0.95);
            assertTrue(eps < previous, "delta=" + delta + ": " + eps + " after " + previous);
            previous = eps;
        }
    }

    @Test
    void moreConfidenceGivesASmallerBound() {
        assertTrue(OneRunBound.epsilonLowerBound(1000, 200, 170, 1e-5, 0.99)
                < OneRunBound.epsilonLowerBound(1000, 200, 170, 1e-5, 0.95));
    }

    @Test
    void atMostHalfCorrectGivesZero() {
        for (int r : new int[] {1, 2, 10, 101, 200}) {
            for (int v = 0; v <= r / 2; v++) {
                assertEquals(0.0, OneRunBound.epsilonLowerBound(1000, r, v, 0, 0.95), "r=" + r + " v=" + v);
            }
        }
        assertEquals(0.0, OneRunBound.epsilonLowerBound(10, 0, 0, 1e-5, 0.95), "no guesses, no evidence");
    }

    @Test
    void pureDpTailIsTheBinomialTail() {
        // P[Binomial(10, 1/2) >= 10] = 2^-10; P[Binomial(10, 1/2) >= 0] = 1 (hand-computed).
        assertEquals(Math.pow(2, -10), OneRunBound.pValue(10, 10, 10, 0, 0), 1e-15);
        assertEquals(1.0, OneRunBound.pValue(10, 10, 0, 0, 0), 0);
        // All of r correct: p = q^r, q = e^eps/(1+e^eps); eps = ln(q/(1-q)) at q = 0.05^(1/r) (hand formula).
        double q = Math.pow(0.05, 1.0 / 100);
        assertEquals(Math.log(q / (1 - q)), OneRunBound.epsilonLowerBound(1000, 100, 100, 0, 0.95), 1e-8);
    }

    @Test
    void rejectsInvalidInputsWithTheAllowedRange() {
        assertMessage("m=0, allowed: >= 1", () -> OneRunBound.epsilonLowerBound(0, 0, 0, 0, 0.95));
        assertMessage("m=10, r=11, v=3, allowed: 0 <= v (correct) <= r (guesses) <= m (canaries)",
                () -> OneRunBound.epsilonLowerBound(10, 11, 3, 0, 0.95));
        assertMessage("m=10, r=5, v=6", () -> OneRunBound.epsilonLowerBound(10, 5, 6, 0, 0.95));
        assertMessage("m=10, r=5, v=-1", () -> OneRunBound.pValue(10, 5, -1, 1, 0));
        assertMessage("delta=1.0, allowed: [0, 1)", () -> OneRunBound.epsilonLowerBound(10, 5, 5, 1.0, 0.95));
        assertMessage("delta=NaN", () -> OneRunBound.pValue(10, 5, 5, 1, Double.NaN));
        assertMessage("confidence=1.0, allowed: (0, 1)", () -> OneRunBound.epsilonLowerBound(10, 5, 5, 0, 1.0));
        assertMessage("epsilon=-1.0, allowed: [0, Infinity)", () -> OneRunBound.pValue(10, 5, 5, -1, 0));
        assertMessage("epsilon=Infinity", () -> OneRunBound.pValue(10, 5, 5, Double.POSITIVE_INFINITY, 0));
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
