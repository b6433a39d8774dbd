package org.veil.pate.teacher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.core.data.Dataset;
import org.veil.core.data.RowKey;

/**
 * Moves every copy of a record (equal encoded features and label, {@link RowKey}) into the part that
 * holds its first copy, so that whoever the record belongs to influences one teacher only: the
 * sensitivity PATE's analysis assumes (Papernot et al. 2017, section 2.1; 2018, section 3) then holds
 * for people with duplicated records too, instead of degrading to group privacy over the teachers the
 * copies fell into. Parts stay disjoint and covering; their sizes may differ by more than one (by at
 * most the number of moved rows). Stateless; deterministic.
 */
public final class CopiesTogether {

    private CopiesTogether() {
    }

    /** {@code partition} with the copies of each duplicated record moved to its first copy's part. */
    public static Partition apply(Dataset data, Partition partition) {
        if (data.rows() != partition.rows()) {
            throw new IllegalArgumentException("data has " + data.rows() + " rows, the partition " + partition.rows());
        }
        int[] owner = partition.owners();
        Map<RowKey, Integer> firstOwner = new HashMap<>();
        boolean moved = false;
        for (int i = 0; i < data.rows(); i++) {
            Integer first = firstOwner.putIfAbsent(RowKey.of(data, i), owner[i]);
            if (first != null && first != owner[i]) {
                owner[i] = first;
                moved = true;
            }
        }
        if (!moved) {
            return partition;
        }
        List<List<Integer>> parts = new ArrayList<>();
        for (int k = 0; k < partition.teachers(); k++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < owner.length; i++) {
            parts.get(owner[i]).add(i);
        }
        int[][] out = new int[parts.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = parts.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k].length == 0) {
                throw new IllegalArgumentException("teachers=" + out.length + ": teacher " + k + "'s part holds only "
                        + "copies of records kept with their first copy elsewhere and would be empty; use fewer teachers");
            }
        }
        return Partition.of(partition.rows(), out); // checked disjoint and covering again
    }
}
