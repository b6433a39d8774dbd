package org.veil.core.privacy;

import java.util.Objects;

/**
 * One line of a {@link PrivacyLedger}: a mechanism and how many times it ran (a self-composition).
 *
 * @param mechanism what ran
 * @param count     how many times it ran; &gt;= 0
 */
public record LedgerEntry(Mechanism mechanism, long count) {

    public LedgerEntry {
        Objects.requireNonNull(mechanism, "mechanism");
        if (count < 0) {
            throw new IllegalArgumentException("count=" + count + ", allowed: >= 0");
        }
    }
}
