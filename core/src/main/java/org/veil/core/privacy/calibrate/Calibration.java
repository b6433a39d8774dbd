package org.veil.core.privacy.calibrate;

import java.util.Objects;
import org.veil.core.privacy.PrivacyGuarantee;

/**
 * The result of a noise calibration.
 *
 * @param noiseMultiplier the smallest sigma found whose epsilon does not exceed the target
 * @param guarantee       the accountant's guarantee at that sigma (its epsilon is &lt;= the target)
 * @param lowerBracket    a sigma whose epsilon exceeds the target (the true minimum lies in between)
 * @param evaluations     how many times the accountant was asked
 */
public record Calibration(double noiseMultiplier, PrivacyGuarantee guarantee, double lowerBracket, int evaluations) {

    public Calibration {
        Objects.requireNonNull(guarantee, "guarantee");
    }
}
