package org.veil.core.privacy;

/**
 * Turns a ledger of mechanisms into an (epsilon, delta) guarantee. Implementations are stateless
 * and thread-safe: the same ledger and delta always give the same answer, and the maths lives in
 * state-free analysis classes.
 */
public interface PrivacyAccountant {

    /** Short stable name used in records and on the command line, e.g. {@code rdp}, {@code pld}. */
    String name();

    /**
     * The smallest epsilon this accountant can certify for everything in {@code ledger} at
     * {@code delta}. Never below the true epsilon of the mechanisms as analysed.
     *
     * @param delta in (0, 1)
     * @throws IllegalArgumentException for a delta outside (0, 1) or a mechanism this accountant cannot analyse
     */
    PrivacyGuarantee epsilon(PrivacyLedger ledger, double delta);

    /** Rejects a delta outside (0, 1) with the house message. */
    static void checkDelta(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: (0, 1)");
        }
    }
}
