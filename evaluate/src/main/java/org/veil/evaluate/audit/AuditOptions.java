package org.veil.evaluate.audit;

import java.util.Objects;

/**
 * Options of the one-run audit ({@link OneRunAudit}).
 *
 * <p>k+ and k− are fixed before the scores are seen. Trying several and reporting the best gives an
 * optimistic bound unless the confidence is corrected for the number of tries (Steinke, Nasr and
 * Jagielski 2023 state the guesses as fixed before the bound is computed).
 *
 * @param canaries   m, canary rows taken from the pool, in [1, 10^7]; default 1000
 * @param kPlus      k+, the canaries with the highest scores guessed "included", ≥ 0; default 100
 * @param kMinus     k−, the canaries with the lowest scores guessed "excluded", ≥ 0; default 100;
 *                   k+ + k− in [1, m], the rest abstain
 * @param confidence 1 − β of the lower bound, in (0.5, 1); default 0.95
 * @param canaryKind mislabelled (default) or unmodified canaries
 * @param delta      δ of the claim being audited, in [0, 1); null (default) for the δ in the trained
 *                   model's record (0 for a non-private record)
 * @param seed       seed of the design's coins, for reproducible tests; null (default) for coins from
 *                   a {@link java.security.SecureRandom}, which the trainer cannot predict
 */
public record AuditOptions(int canaries, int kPlus, int kMinus, double confidence, CanaryKind canaryKind,
        Double delta, Long seed) {
    public static final int MAX_CANARIES = 10_000_000;

    public AuditOptions {
        Objects.requireNonNull(canaryKind, "canaryKind");
        if (canaries < 1 || canaries > MAX_CANARIES) {
            throw new IllegalArgumentException("canaries=" + canaries + ", allowed: [1, " + MAX_CANARIES + "]");
        }
        if (kPlus < 0 || kMinus < 0 || (long) kPlus + kMinus < 1 || (long) kPlus + kMinus > canaries) {
            throw new IllegalArgumentException("kPlus=" + kPlus + ", kMinus=" + kMinus
                    + ", allowed: both >= 0 and 1 <= kPlus + kMinus <= canaries (" + canaries + ")");
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0.5, 1)");
        }
        if (delta != null && !(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: [0, 1) or null for the record's delta");
        }
    }

    /** m = 1000 mislabelled canaries, k+ = k− = 100, 95% confidence, the record's δ, secure coins. */
    public AuditOptions() {
        this(1000, 100, 100, 0.95, CanaryKind.MISLABELLED, null, null);
    }

    public AuditOptions withCanaries(int v) {
        return new AuditOptions(v, kPlus, kMinus, confidence, canaryKind, delta, seed);
    }

    /** k+ = k− = k. */
    public AuditOptions withK(int k) {
        return new AuditOptions(canaries, k, k, confidence, canaryKind, delta, seed);
    }

    public AuditOptions withKPlus(int v) {
        return new AuditOptions(canaries, v, kMinus, confidence, canaryKind, delta, seed);
    }

    public AuditOptions withKMinus(int v) {
        return new AuditOptions(canaries, kPlus, v, confidence, canaryKind, delta, seed);
    }

    public AuditOptions withConfidence(double v) {
        return new AuditOptions(canaries, kPlus, kMinus, v, canaryKind, delta, seed);
    }

    public AuditOptions withCanaryKind(CanaryKind v) {
        return new AuditOptions(canaries, kPlus, kMinus, confidence, v, delta, seed);
    }

    public AuditOptions withDelta(Double v) {
        return new AuditOptions(canaries, kPlus, kMinus, confidence, canaryKind, v, seed);
    }

    public AuditOptions withSeed(Long v) {
        return new AuditOptions(canaries, kPlus, kMinus, confidence, canaryKind, delta, v);
    }

    /** Number of guesses r = k+ + k−. */
    public int guesses() {
        return kPlus + kMinus;
    }
}
