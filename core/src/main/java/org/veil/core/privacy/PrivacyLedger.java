package org.veil.core.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The append-only, replayable record of every randomised release a run made: a list of
 * (mechanism, count) entries in the order they happened. Accountants read it; they never change it.
 *
 * <p>Consecutive releases of an equal mechanism are merged into one entry, so a training run of
 * 10,000 identical DP-SGD steps is one line. Thread-safe: appends and reads are synchronised, and
 * {@link #entries()} returns an immutable snapshot. Serialises to JSON as the list of entries.
 */
public final class PrivacyLedger {
    private final List<LedgerEntry> entries;

    /** An empty ledger. */
    public PrivacyLedger() {
        this.entries = new ArrayList<>();
    }

    /** A ledger holding these entries (for example one read back from {@code record.json}). */
    @JsonCreator
    public static PrivacyLedger of(List<LedgerEntry> entries) {
        PrivacyLedger ledger = new PrivacyLedger();
        for (LedgerEntry e : Objects.requireNonNull(entries, "entries")) {
            ledger.record(e.mechanism(), e.count());
        }
        return ledger;
    }

    /** A ledger with one entry: {@code mechanism} run {@code count} times. */
    public static PrivacyLedger of(Mechanism mechanism, long count) {
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(mechanism, count);
        return ledger;
    }

    /** Appends {@code count} runs of {@code mechanism}; a count of 0 records nothing. */
    public synchronized void record(Mechanism mechanism, long count) {
        LedgerEntry entry = new LedgerEntry(mechanism, count);
        if (count == 0) {
            return;
        }
        int last = entries.size() - 1;
        if (last >= 0 && entries.get(last).mechanism().equals(mechanism)) {
            long merged = Math.addExact(entries.get(last).count(), count);
            entries.set(last, new LedgerEntry(mechanism, merged));
        } else {
            entries.add(entry);
        }
    }

    /** Appends one run of {@code mechanism}. */
    public void record(Mechanism mechanism) {
        record(mechanism, 1);
    }

    /** Appends every entry of {@code other}, in order. */
    public void recordAll(PrivacyLedger other) {
        for (LedgerEntry e : other.entries()) {
            record(e.mechanism(), e.count());
        }
    }

    /** An immutable snapshot of the entries, oldest first. */
    @JsonValue
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** A copy that later appends to this ledger do not change. */
    public PrivacyLedger copy() {
        return of(entries());
    }

    /** Total number of releases recorded. */
    public synchronized long totalCount() {
        long total = 0;
        for (LedgerEntry e : entries) {
            total = Math.addExact(total, e.count());
        }
        return total;
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrivacyLedger other && entries().equals(other.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    @Override
    public String toString() {
        return "PrivacyLedger" + entries();
    }
}
