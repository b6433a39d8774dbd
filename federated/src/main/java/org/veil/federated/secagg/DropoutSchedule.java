package org.veil.federated.secagg;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which clients fall silent in a simulated round, and from which protocol round on (Bonawitz et al. 2017,
 * Fig. 4: round 0 AdvertiseKeys, 1 ShareKeys, 2 MaskedInputCollection, 3 Unmasking). A client dropped at
 * round r completed rounds 0 … r − 1 and sends nothing from round r on. Immutable.
 *
 * @param dropRound client id ↦ first round it misses, in 0 … 3
 */
public record DropoutSchedule(SortedMap<Integer, Integer> dropRound) {

    public DropoutSchedule {
        Objects.requireNonNull(dropRound, "dropRound");
        for (Map.Entry<Integer, Integer> e : dropRound.entrySet()) {
            if (e.getKey() == null || e.getKey() < 0 || e.getValue() == null || e.getValue() < 0 || e.getValue() > 3) {
                throw new IllegalArgumentException("dropRound entry " + e + ", allowed: client >= 0 -> round 0 … 3");
            }
        }
        dropRound = Collections.unmodifiableSortedMap(new TreeMap<>(dropRound));
    }

    /** Nobody drops. */
    public static DropoutSchedule none() {
        return new DropoutSchedule(new TreeMap<>());
    }

    /** This schedule plus {@code clients} dropping from {@code round} on. */
    public DropoutSchedule and(int round, int... clients) {
        SortedMap<Integer, Integer> m = new TreeMap<>(dropRound);
        for (int c : clients) {
            m.put(c, round);
        }
        return new DropoutSchedule(m);
    }

    /** Whether {@code client} still sends in {@code round}. */
    public boolean sends(int client, int round) {
        Integer r = dropRound.get(client);
        return r == null || round < r;
    }
}
