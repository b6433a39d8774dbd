package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The server treats client messages as untrusted and never returns a sum it could not unmask correctly. */
class SecAggServerTest {

    private static final SecAggConfig CONFIG = SecAggConfig.completeGraph(6, 4, 8, 1 << 10, 4.0); // k=5, k−t=1

    @Test
    void duplicateLateMisaddressedAndWrongSizeMessagesAreIllegalArguments() {
        RoundDriver r = new RoundDriver(CONFIG, 1, 1);
        AdvertiseKeys a0 = r.clients[0].advertiseKeys();
        r.server.receiveKeys(a0);
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveKeys(a0), "duplicate");
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveKeys(null));
        assertThrows(IllegalArgumentException.class,
                () -> r.server.receiveKeys(new AdvertiseKeys(6, new byte[32], new byte[32])), "id out of range");
        assertThrows(IllegalArgumentException.class,
                () -> r.server.receiveKeys(new AdvertiseKeys(1, a0.encryptionKey(), new byte[32])), "replayed key");
        for (int u = 1; u < 6; u++) {
            r.server.receiveKeys(r.clients[u].advertiseKeys());
        }
        r.keys = r.server.endAdvertiseStage();
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveKeys(a0), "late");
        ShareCiphertexts s0 = r.clients[0].shareKeys(r.keys.get(0));
        SortedMap<Integer, byte[]> partial = new TreeMap<>(s0.ciphertexts());
        partial.remove(3);
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveShares(new ShareCiphertexts(0, partial)));
        r.server.receiveShares(s0);
        for (int u = 1; u < 6; u++) {
            r.server.receiveShares(r.clients[u].shareKeys(r.keys.get(u)));
        }
        r.inboxes = r.server.endShareStage();
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveMaskedInput(new MaskedInput(0, new int[7])));
        r.mask(SecAggFixtures.inputs(CONFIG, 1), Set.of());
        assertThrows(IllegalArgumentException.class, () -> r.server.receiveUnmask(
                new UnmaskResponse(0, new TreeMap<>(), new TreeMap<>())), "missing shares");
        r.unmask(Set.of());
        assertArrayEquals(SecAggFixtures.plainSum(SecAggFixtures.inputs(CONFIG, 1), r.request.survivors()),
                r.server.unmaskedSum(), "rejected messages left the round intact");
    }

    @Test
    void aWrongShareIsDetectedInsteadOfYieldingAWrongSum() {
        RoundDriver r = new RoundDriver(CONFIG, 2, 2).advertise(Set.of()).share(Set.of())
                .mask(SecAggFixtures.inputs(CONFIG, 2), Set.of());
        for (int u = 0; u < 6; u++) {
            UnmaskResponse honest = r.clients[u].unmask(r.request);
            if (u == 5) { // client 5 lies about its share of b_0
                SortedMap<Integer, BigInteger> b = new TreeMap<>(honest.selfMaskShares());
                b.put(0, b.get(0).add(BigInteger.ONE));
                honest = new UnmaskResponse(5, b, honest.keyShares());
            }
            r.server.receiveUnmask(honest);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, r.server::unmaskedSum);
        assertTrue(e.getMessage().contains("inconsistent"), e.getMessage());
    }

    @Test
    void aWrongKeyShareOfADroppedClientIsDetected() {
        RoundDriver r = new RoundDriver(CONFIG, 3, 3).advertise(Set.of()).share(Set.of())
                .mask(SecAggFixtures.inputs(CONFIG, 3), Set.of(2));
        int liar = 0;
        for (int u : r.request.survivors()) {
            UnmaskResponse honest = r.clients[u].unmask(r.request);
            if (u == liar) {
                SortedMap<Integer, BigInteger> sk = new TreeMap<>(honest.keyShares());
                sk.put(2, sk.get(2).add(BigInteger.ONE));
                honest = new UnmaskResponse(u, honest.selfMaskShares(), sk);
            }
            r.server.receiveUnmask(honest);
        }
        assertThrows(IllegalStateException.class, r.server::unmaskedSum);
    }

    @Test
    void earlyDropoutsWithinKMinusTKeepEveryoneElse() {
        SecAggConfig sparse = new SecAggConfig(16, 4, 6, 8, 1 << 10, 4.0); // k=6, t=4, k−t=2
        RoundDriver r = new RoundDriver(sparse, 4, 4);
        int[] nb = r.graph.neighbours(0);
        r.advertise(Set.of(nb[0])).share(Set.of(nb[1])).mask(SecAggFixtures.inputs(sparse, 4), Set.of()).unmask(Set.of());
        TreeSet<Integer> expected = new TreeSet<>(r.keys.keySet());
        expected.remove(nb[1]);
        assertEquals(15, r.keys.size(), "only the silent client is missing after round 0");
        assertEquals(expected, r.server.survivors());
        assertArrayEquals(SecAggFixtures.plainSum(SecAggFixtures.inputs(sparse, 4), expected), r.server.unmaskedSum());
    }

    @Test
    void aNeighbourhoodShortOfTBeforeSharingFailsTheRound() {
        // Client 0 keeps 3 < t live neighbours, so it is pruned; on the Harary ring this costs each next
        // client along the ring ≥ k − t + 1 neighbours too, and the pruning cascades through the whole cohort.
        SecAggConfig sparse = new SecAggConfig(16, 4, 6, 8, 1 << 10, 4.0);
        RoundDriver r = new RoundDriver(sparse, 4, 4);
        int[] nb = r.graph.neighbours(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.advertise(Set.of(nb[0], nb[1], nb[2])));
        assertTrue(e.getMessage().contains("too many dropouts"), e.getMessage());
    }

    @Test
    void stagesEndInOrder() {
        RoundDriver r = new RoundDriver(CONFIG, 5, 5);
        assertThrows(IllegalStateException.class, r.server::endShareStage);
        assertThrows(IllegalStateException.class, r.server::unmaskedSum);
        r.advertise(Set.of());
        assertThrows(IllegalStateException.class, r.server::endAdvertiseStage);
        assertEquals(List.of(), List.copyOf(r.server.survivors()));
    }
}
