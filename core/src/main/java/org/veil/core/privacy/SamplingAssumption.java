package org.veil.core.privacy;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The sampling assumption an analysis of a ledger rests on, in words, for the provenance every
 * {@link PrivacyGuarantee} carries; the same text for every accountant. Stateless.
 */
public final class SamplingAssumption {

    private SamplingAssumption() {
    }

    /** E.g. "Poisson sampling (add/remove-one)", or several such parts joined by "; ". */
    public static String of(PrivacyLedger ledger) {
        Set<String> parts = new LinkedHashSet<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e.mechanism() instanceof SubsampledGaussian g) {
                parts.add(g.sampleRate() < 1 ? "Poisson sampling (add/remove-one)" : "no subsampling (add/remove-one)");
            } else {
                parts.add("disjoint teacher partitions (replace-one record changes one teacher's vote)");
            }
        }
        return String.join("; ", parts);
    }
}
