package org.veil.evaluate.attack;

/**
 * Settings shared by all attacks.
 *
 * @param seed            seed of every random choice (calibration/evaluation split, shadow data);
 *                        recorded in reports so that a result can be reproduced exactly
 * @param confidence      confidence of the empirical ε lower bound, in (0.5, 1); default 0.95
 * @param delta           δ of the claimed guarantee, used in the ε lower bound, in [0, 1)
 * @param calibrationShare share of each side used only to choose the attack's threshold, in (0, 1);
 *                        the rest is where the reported numbers come from (honest thresholds)
 */
public record AttackContext(long seed, double confidence, double delta, double calibrationShare) {

    public AttackContext {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("confidence=" + confidence + ", allowed: (0.5, 1)");
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("delta=" + delta + ", allowed: [0, 1)");
        }
        if (!(calibrationShare > 0 && calibrationShare < 1)) {
            throw new IllegalArgumentException("calibrationShare=" + calibrationShare + ", allowed: (0, 1)");
        }
    }

    /** Seed, 95% confidence, δ = 1e-5, half of each side for calibration. */
    public static AttackContext seeded(long seed) {
        return new AttackContext(seed, 0.95, 1e-5, 0.5);
    }

    public AttackContext withDelta(double newDelta) {
        return new AttackContext(seed, confidence, newDelta, calibrationShare);
    }
}
