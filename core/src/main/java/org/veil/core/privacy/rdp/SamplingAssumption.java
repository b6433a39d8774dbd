package org.veil.core.privacy.rdp;

import java.util.LinkedHashSet;
import java.util.Set;
import org.veil.core.privacy.LedgerEntry;
import org.veil.core.privacy.PrivacyLedger;
import org.veil.core.privacy.SubsampledGaussian;

/** The sampling assumption an analysis of a ledger rests on, in words, for guarantees' provenance. */
final class SamplingAssumption {

    private SamplingAssumption() {
    }

    static String of(PrivacyLedger ledger) {
        Set<String> parts = new LinkedHashSet<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e.mechanism() instanceof SubsampledGaussian g) {
                parts.add(g.sampleRate() < 1 ? "Poisson sampling (add/remove-one)" : "no subsampling (add/remove-one)");
            } else {
                parts.add(e.mechanism().describe());
            }
        }
        return String.join("; ", parts);
    }
}
