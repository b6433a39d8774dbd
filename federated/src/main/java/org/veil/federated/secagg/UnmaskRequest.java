package org.veil.federated.secagg;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Round 3 input, server → surviving clients (Bonawitz et al. 2017, Fig. 4, Unmasking: "receive the list
 * U_3"; the dropped set is U_2 \ U_3): which clients sent a masked input ({@code survivors}, whose b_v
 * shares are wanted) and which shared keys but sent none ({@code dropped}, whose s_v^SK shares are wanted).
 *
 * <p>The message itself only checks structure; {@link SecAggClient#unmask} refuses a request that names the
 * same client in both sets, since revealing b_v and s_v^SK together would expose x_v. Immutable.
 *
 * @param survivors U_3
 * @param dropped   U_2 \ U_3
 */
public record UnmaskRequest(SortedSet<Integer> survivors, SortedSet<Integer> dropped) {

    static final byte TYPE = 5;

    public UnmaskRequest {
        survivors = checked("survivors", survivors);
        dropped = checked("dropped", dropped);
    }

    /** Wire form: header, |survivors|, survivors, |dropped|, dropped (ascending). */
    public byte[] toBytes() {
        WireWriter w = new WireWriter(8 + 4 * (survivors.size() + dropped.size()), TYPE);
        w.putInt(survivors.size());
        survivors.forEach(w::putInt);
        w.putInt(dropped.size());
        dropped.forEach(w::putInt);
        return w.toBytes();
    }

    /** Parses {@link #toBytes()}; each list must be strictly ascending. */
    public static UnmaskRequest fromBytes(byte[] bytes) {
        WireReader r = new WireReader(bytes, TYPE, "UnmaskRequest");
        SortedSet<Integer> s = readIds(r, "survivors");
        SortedSet<Integer> d = readIds(r, "dropped");
        r.end();
        return new UnmaskRequest(s, d);
    }

    private static SortedSet<Integer> readIds(WireReader r, String what) {
        int n = r.count(what, 4);
        SortedSet<Integer> ids = new TreeSet<>();
        int last = -1;
        for (int i = 0; i < n; i++) {
            int id = r.clientId(what);
            if (id <= last) {
                throw r.fail(what + " not strictly ascending at " + id);
            }
            last = id;
            ids.add(id);
        }
        return ids;
    }

    private static SortedSet<Integer> checked(String what, SortedSet<Integer> ids) {
        Objects.requireNonNull(ids, what);
        for (Integer id : ids) {
            if (id == null || id < 0) {
                throw new IllegalArgumentException(what + " contains " + id + ", allowed: ids >= 0");
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }
}
