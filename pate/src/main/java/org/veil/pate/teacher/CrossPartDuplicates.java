package org.veil.pate.teacher;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.veil.core.data.Dataset;
import org.veil.core.data.RowKey;

/**
 * Record contents (encoded features and label, compared with {@link RowKey}) that occur in more than
 * one teacher's part. The aggregators' analysis assumes that one record changes at most one teacher's
 * vote (Papernot et al. 2018, section 4.1: sensitivity 1 per count); when the same person's record
 * appears twice in the data and the copies land with different teachers, that person changes several
 * votes, so the guarantee holds per row but is weaker per person (group privacy over the copies).
 * Duplicates inside one part are harmless and not counted.
 *
 * <p>The counts describe the private data: they are a diagnostic for the data owner, not covered by
 * the privacy guarantee. Immutable; thread-safe.
 *
 * @param records    distinct record contents found in two or more parts
 * @param rows       rows carrying those contents
 * @param maxParts   the most parts one content occurs in (0 when none)
 */
public record CrossPartDuplicates(int records, int rows, int maxParts) {

    public CrossPartDuplicates {
        if (records < 0 || rows < 0 || maxParts < 0) {
            throw new IllegalArgumentException("records=" + records + ", rows=" + rows + ", maxParts=" + maxParts
                    + ", allowed: >= 0");
        }
    }

    /** Finds the record contents of {@code data} that the {@code partition} puts in several parts. */
    public static CrossPartDuplicates find(Dataset data, Partition partition) {
        if (data.rows() != partition.rows()) {
            throw new IllegalArgumentException("data has " + data.rows() + " rows, the partition " + partition.rows());
        }
        int[] owner = partition.owners();
        Map<RowKey, Integer> firstOwner = new HashMap<>();
        Map<RowKey, Set<Integer>> owners = new HashMap<>();
        Map<RowKey, Integer> copies = new HashMap<>();
        for (int i = 0; i < data.rows(); i++) {
            RowKey key = RowKey.of(data, i);
            Integer first = firstOwner.putIfAbsent(key, owner[i]);
            if (first != null) {
                owners.computeIfAbsent(key, k -> new HashSet<>(Set.of(first))).add(owner[i]);
                copies.merge(key, 1, Integer::sum);
            }
        }
        int records = 0;
        int rows = 0;
        int maxParts = 0;
        for (Map.Entry<RowKey, Set<Integer>> e : owners.entrySet()) {
            int parts = e.getValue().size();
            if (parts >= 2) {
                records++;
                rows += 1 + copies.get(e.getKey());
                maxParts = Math.max(maxParts, parts);
            }
        }
        return new CrossPartDuplicates(records, rows, maxParts);
    }

    /** True when no record content is in two parts. */
    public boolean none() {
        return records == 0;
    }

    /** A note for the training record, or null when there are no cross-part duplicates. */
    public String note() {
        if (none()) {
            return null;
        }
        return String.format(Locale.ROOT, "%d record contents (%d rows) occur in more than one teacher's part (up to"
                + " %d teachers): a person with such a record influences several teachers, which weakens the"
                + " one-teacher-per-record guarantee for that person (group privacy over %d teachers); deduplicate"
                + " the private data or keep copies in one part to restore it", records, rows, maxParts, maxParts);
    }
}
