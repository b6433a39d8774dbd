package org.veil.pate;

import java.util.List;
import java.util.Objects;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.pate.aggregate.Aggregation;

/**
 * The one place where a PATE run's privacy guarantee is computed. For now it is the
 * data-independent bound: the aggregation's ledger ({@code NoisyThreshold} per check, {@code GnMax}
 * or {@code LnMax} per teacher answer) composed with Renyi DP by core's {@link RdpAccountant}
 * (Papernot et al. 2018, section 3 and Proposition 8; Mironov 2017, Proposition 1).
 *
 * <p>The data-dependent analysis (2018, Theorem 6 and Appendix C: smaller costs for queries where
 * the teachers agree, then a smooth-sensitivity release of the cost) needs exactly what
 * {@link Aggregation} keeps: the votes, which queries passed the check, and Interactive-GNMax's
 * baselines; it can replace the body of {@link #account} without changing its callers.
 *
 * <p>Stateless and thread-safe; deterministic.
 */
public final class PateAccounting {
    private final RdpAccountant accountant;

    /** Accounting with core's default RDP accountant. */
    public PateAccounting() {
        this(new RdpAccountant());
    }

    public PateAccounting(RdpAccountant accountant) {
        this.accountant = Objects.requireNonNull(accountant, "accountant");
    }

    /**
     * What the record publishes: the ledger, the guarantee at delta, and notes on how it was derived.
     *
     * @param ledger    every release the guarantee covers
     * @param guarantee the (epsilon, delta) bound
     * @param notes     caveats for the record
     */
    public record Result(PrivacyLedger ledger, PrivacyGuarantee guarantee, List<String> notes) {

        public Result {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(guarantee, "guarantee");
            notes = List.copyOf(notes);
        }
    }

    /** The guarantee of {@code aggregation} at {@code delta}. */
    public Result account(Aggregation aggregation, double delta) {
        Objects.requireNonNull(aggregation, "aggregation");
        PrivacyLedger ledger = aggregation.ledger();
        PrivacyGuarantee guarantee = accountant.epsilon(ledger, delta);
        return new Result(ledger, guarantee, List.of("epsilon is the data-independent RDP bound of the ledger ("
                + aggregation.checks() + " threshold checks, " + aggregation.teacherAnswers() + " teacher answers; the "
                + "student's own labels and pseudo-labels are post-processing and free); the data-dependent analysis "
                + "of Papernot et al. 2018 (section 3) would give a smaller epsilon when the teachers agree"));
    }
}
