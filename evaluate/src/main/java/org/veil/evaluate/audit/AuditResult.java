package org.veil.evaluate.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one one-run audit found; serialises to JSON with Jackson (use
 * {@link org.veil.core.record.RecordJson#toJson}, which writes a non-private claim's ε as
 * {@code "Infinity"}).
 *
 * @param canaries          m, canaries in the design
 * @param included          canaries the coins put into training
 * @param guesses           r = k+ + k−, guesses made (the rest abstained)
 * @param kPlus             k+, guessed "included"
 * @param kMinus            k−, guessed "excluded"
 * @param correct           v, correct guesses
 * @param epsilonLowerBound with probability ≥ confidence, training is not (ε, δ)-DP for any ε ≤ this
 * @param claimedEpsilon    ε in the trained model's record ({@code Infinity} for a non-private run)
 * @param delta             the δ the bound was computed at
 * @param confidence        1 − β
 * @param alarm             epsilonLowerBound > claimedEpsilon: the claim is refuted at this confidence
 * @param canaryKind        what the canaries were
 * @param design            {@code DRAWN} (the audit's own coins) or {@code DECLARED} (caller-supplied)
 * @param seed              seed of the coins, or null when they came from a SecureRandom or a declaration
 * @param trainingRows      rows the model was trained on (non-canaries plus included canaries)
 * @param method            the record's {@code method}, e.g. {@code dp-sgd}
 */
@JsonPropertyOrder({"canaries", "included", "guesses", "kPlus", "kMinus", "correct", "epsilonLowerBound",
    "claimedEpsilon", "delta", "confidence", "alarm", "canaryKind", "design", "seed", "trainingRows", "method"})
public record AuditResult(int canaries, int included, int guesses, int kPlus, int kMinus, int correct,
        double epsilonLowerBound, double claimedEpsilon, double delta, double confidence, boolean alarm,
        CanaryKind canaryKind, DesignOrigin design, Long seed, int trainingRows, String method) {

    /** Fraction of the guesses that were correct (NaN when none were made). */
    public double accuracy() {
        return guesses == 0 ? Double.NaN : (double) correct / guesses;
    }
}
