package org.veil.dpsgd;

import java.util.List;
import java.util.Map;
import org.veil.core.privacy.PrivacyAccountant;
import org.veil.core.privacy.PrivacyGuarantee;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.pld.PldAccountant;
import org.veil.core.privacy.rdp.RdpAccountant;

/**
 * The {@code epsilonRdp} and {@code epsilonPld} metrics of a record: the headline accountant's value is
 * reused and only the other accountant runs again; a ledger the PLD accountant declines gives NaN and a
 * note. Stateless; shared by DP-SGD's and DP-FedAvg's records.
 */
public final class AccountantEpsilons {

    private AccountantEpsilons() {
    }

    /**
     * Both epsilons.
     *
     * @param ledger    what was released
     * @param delta     δ
     * @param headline  the accountant that gave {@code guarantee}
     * @param guarantee the headline guarantee for {@code ledger} at {@code delta}
     * @param notes     gets a note when the PLD accountant declines the ledger
     */
    public static Map<String, Double> of(PrivacyLedger ledger, double delta, PrivacyAccountant headline,
            PrivacyGuarantee guarantee, List<String> notes) {
        double rdp = headline instanceof RdpAccountant ? guarantee.epsilon()
                : new RdpAccountant().epsilon(ledger, delta).epsilon();
        double pld = headline instanceof PldAccountant ? guarantee.epsilon() : pldEpsilon(ledger, delta, notes);
        return Map.of("epsilonRdp", rdp, "epsilonPld", pld);
    }

    private static double pldEpsilon(PrivacyLedger ledger, double delta, List<String> notes) {
        try {
            return new PldAccountant().epsilon(ledger, delta).epsilon();
        } catch (IllegalArgumentException e) {
            notes.add("PLD accountant declined this ledger (" + e.getMessage() + "); epsilonPld is NaN.");
            return Double.NaN;
        }
    }
}
