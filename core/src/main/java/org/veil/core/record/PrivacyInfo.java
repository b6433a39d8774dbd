package org.veil.core.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;

/**
 * The {@code privacy} section of a record.
 *
 * @param epsilon     certified epsilon, {@code Infinity} for a non-private run
 * @param delta       the delta it holds at (0 for a non-private run)
 * @param accountant  accountant name, or {@code none}
 * @param ledger      every randomised release of the run
 * @param guarantee   how the epsilon was obtained (null for a non-private run)
 * @param noiseSource {@code secure}, {@code seeded} or {@code none}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrivacyInfo(
        double epsilon,
        double delta,
        String accountant,
        PrivacyLedger ledger,
        PrivacyGuarantee guarantee,
        String noiseSource) {

    public PrivacyInfo {
        Objects.requireNonNull(accountant, "accountant");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(noiseSource, "noiseSource");
        ledger = ledger.copy();
    }

    /** The privacy section of a model trained without any privacy mechanism. */
    public static PrivacyInfo nonPrivate() {
        return new PrivacyInfo(Double.POSITIVE_INFINITY, 0, "none", new PrivacyLedger(), null, "none");
    }

    /** The privacy section for a ledger and the guarantee an accountant gave for it. */
    public static PrivacyInfo of(PrivacyLedger ledger, PrivacyGuarantee guarantee, String noiseSource) {
        return new PrivacyInfo(guarantee.epsilon(), guarantee.delta(), guarantee.accountant(), ledger, guarantee,
                noiseSource);
    }
}
