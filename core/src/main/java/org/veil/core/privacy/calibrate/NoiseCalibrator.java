package org.veil.core.privacy.calibrate;

import java.util.Objects;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;

/**
 * Finds the smallest noise multiplier sigma whose epsilon, as certified by a given accountant, does
 * not exceed a target. Epsilon is non-increasing in sigma for every accountant Veil has (each Renyi
 * order's bound and each hockey-stick divergence falls as noise grows), so bracketing by doubling and
 * bisection in log(sigma) converge; the answer is always the <em>upper</em> end of the final bracket,
 * whose epsilon was computed and checked, so calibration never overshoots the target.
 *
 * <p>Stateless and thread-safe when the accountant is.
 */
public final class NoiseCalibrator {
    /** Widest sigma searched; beyond it the target is treated as unreachable. */
    private static final double MAX_SIGMA = 1e6;
    private static final double MIN_SIGMA = 1e-3;

    private final PrivacyAccountant accountant;
    private final double relativeTolerance;

    /**
     * @param accountant        the accountant whose epsilon must meet the target
     * @param relativeTolerance stop when the bracket is this narrow relative to sigma; in (0, 0.1]
     */
    public NoiseCalibrator(PrivacyAccountant accountant, double relativeTolerance) {
        this.accountant = Objects.requireNonNull(accountant, "accountant");
        if (!(relativeTolerance > 0 && relativeTolerance <= 0.1)) {
            throw new IllegalArgumentException("relativeTolerance=" + relativeTolerance + ", allowed: (0, 0.1]");
        }
        this.relativeTolerance = relativeTolerance;
    }

    /** A calibrator with relative tolerance 1e-4 on sigma. */
    public NoiseCalibrator(PrivacyAccountant accountant) {
        this(accountant, 1e-4);
    }

    /**
     * The smallest sigma (within the tolerance) with epsilon &lt;= {@code target.epsilon()}.
     *
     * @throws IllegalArgumentException when even sigma = 10^6 cannot meet the target
     */
    public Calibration calibrate(CalibrationTarget target) {
        return search(target, 1.0, 0.5);
    }

    /**
     * As {@link #calibrate(CalibrationTarget)}, starting the search at {@code startSigma}: a good guess
     * (for example the sigma a looser accountant needs, which is an upper bound for a tighter one) saves
     * evaluations of an expensive accountant. The result does not depend on the guess beyond the tolerance.
     */
    public Calibration calibrate(CalibrationTarget target, double startSigma) {
        if (!(startSigma > 0) || Double.isInfinite(startSigma)) {
            throw new IllegalArgumentException("startSigma=" + startSigma + ", allowed: > 0 and finite");
        }
        return search(target, startSigma, 0.8); // a caller's guess is usually close: bracket tightly
    }

    /** Doubles up from {@code startSigma} until the target is met, steps down by {@code step} until not, bisects. */
    private Calibration search(CalibrationTarget target, double startSigma, double step) {
        int evaluations = 0;
        double hi = startSigma;
        PrivacyGuarantee atHi = evaluate(target, hi);
        evaluations++;
        while (atHi.epsilon() > target.epsilon()) {
            hi *= 2;
            if (hi > MAX_SIGMA) {
                throw new IllegalArgumentException("targetEpsilon=" + target.epsilon() + " is unreachable with "
                        + target.steps() + " steps at sampleRate=" + target.sampleRate() + " and delta="
                        + target.delta() + " (noise multiplier above " + MAX_SIGMA + " would be needed)");
            }
            atHi = evaluate(target, hi);
            evaluations++;
        }
        double lo = hi * step;
        while (lo > MIN_SIGMA) {
            PrivacyGuarantee atLo = evaluate(target, lo);
            evaluations++;
            if (atLo.epsilon() > target.epsilon()) {
                break;
            }
            hi = lo;
            atHi = atLo;
            lo = lo * step;
        }
        while ((hi - lo) > relativeTolerance * hi) {
            double mid = Math.sqrt(lo * hi);
            PrivacyGuarantee atMid = evaluate(target, mid);
            evaluations++;
            if (atMid.epsilon() <= target.epsilon()) {
                hi = mid;
                atHi = atMid;
            } else {
                lo = mid;
            }
        }
        return new Calibration(hi, atHi, lo, evaluations);
    }

    private PrivacyGuarantee evaluate(CalibrationTarget target, double sigma) {
        PrivacyLedger ledger = PrivacyLedger.of(new SubsampledGaussian(sigma, target.sampleRate()), target.steps());
        return accountant.epsilon(ledger, target.delta());
    }
}
