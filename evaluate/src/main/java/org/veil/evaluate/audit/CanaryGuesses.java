package org.veil.evaluate.audit;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The auditor's guesses from canary scores (Steinke, Nasr and Jagielski 2023, the black-box
 * procedure of their experiments): "included" (T_i = +1) for the k+ highest scores, "excluded" (T_i = −1) for the k−
 * lowest, abstain (T_i = 0) on the rest. Ties are broken by canary position (the design's order,
 * itself random and independent of the coins), so the guesses are a function of the scores only, as
 * Theorem 3.1 requires of T = A(M(S)).
 *
 * @param guess   +1, −1 or 0 per canary
 * @param made    r, guesses made (k+ + k−)
 * @param correct v, guesses that match the design's inclusion
 */
public record CanaryGuesses(int[] guess, int made, int correct) {

    /**
     * @param scores   one score per canary, higher = more likely included (NaN is not allowed; −∞ is)
     * @param included the design's inclusion vector, same length
     */
    public static CanaryGuesses of(double[] scores, boolean[] included, int kPlus, int kMinus) {
        int m = scores.length;
        if (included.length != m) {
            throw new IllegalArgumentException("scores=" + m + ", included=" + included.length
                    + " entries, allowed: the same number");
        }
        if (kPlus < 0 || kMinus < 0 || kPlus + kMinus > m) {
            throw new IllegalArgumentException("kPlus=" + kPlus + ", kMinus=" + kMinus + ", allowed: >= 0, sum <= "
                    + m);
        }
        Integer[] byScore = new Integer[m];
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "]=NaN, allowed: a number or -Infinity");
            }
            byScore[i] = i;
        }
        // Stable sort, highest score first: equal scores keep canary order.
        Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        int[] guess = new int[m];
        for (int j = 0; j < kPlus; j++) {
            guess[byScore[j]] = 1;
        }
        for (int j = m - kMinus; j < m; j++) {
            guess[byScore[j]] = -1;
        }
        int correct = 0;
        for (int i = 0; i < m; i++) {
            correct += guess[i] == 1 && included[i] || guess[i] == -1 && !included[i] ? 1 : 0;
        }
        return new CanaryGuesses(guess, kPlus + kMinus, correct);
    }
}
