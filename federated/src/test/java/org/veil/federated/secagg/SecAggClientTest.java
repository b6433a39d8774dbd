package org.veil.federated.secagg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The client's state machine and its refusals (Bonawitz et al. 2017, Fig. 4, client-side checks). */
class SecAggClientTest {

    private static final SecAggConfig CONFIG = SecAggConfig.completeGraph(5, 3, 16, 1 << 10, 4.0); // k = 4

    @Test
    void refusesToRevealBothSecretsOfTheSameClient() {
        RoundDriver r = new RoundDriver(CONFIG, 1, 1).advertise(Set.of()).share(Set.of())
                .mask(SecAggFixtures.inputs(CONFIG, 1), Set.of());
        // a dishonest server claims client 2 both survived and dropped, to get b_2 and s_2^SK
        UnmaskRequest both = new UnmaskRequest(new TreeSet<>(List.of(0, 1, 2, 3, 4)), new TreeSet<>(List.of(2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.clients[0].unmask(both));
        assertTrue(e.getMessage().contains("refusing to reveal both"), e.getMessage());
        // the refusal is final: asking again, even with a consistent request, gets nothing
        assertThrows(IllegalStateException.class, () -> r.clients[0].unmask(r.request));
        // a consistent request is answered once, and only once (no second request splitting the sets)
        UnmaskResponse ok = r.clients[1].unmask(r.request);
        assertEquals(Set.of(0, 2, 3, 4), ok.selfMaskShares().keySet());
        assertTrue(ok.keyShares().isEmpty());
        UnmaskRequest dropTwo = new UnmaskRequest(new TreeSet<>(List.of(0, 1, 3, 4)), new TreeSet<>(List.of(2)));
        assertThrows(IllegalStateException.class, () -> r.clients[1].unmask(dropTwo));
    }

    @Test
    void floatInputsWithDeterministicAndStochasticRoundingSumCorrectly() {
        RoundDriver r = new RoundDriver(CONFIG, 2, 2).advertise(Set.of()).share(Set.of());
        SplittableRandom rng = new SplittableRandom(3);
        double[] exact = new double[CONFIG.vectorLength()];
        r.inboxes.forEach((u, inbox) -> {
            float[] x = new float[CONFIG.vectorLength()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rng.nextDouble(-4, 4);
                exact[i] += x[i];
            }
            MaskedInput y = u % 2 == 0 ? r.clients[u].maskedInput(x, inbox)
                    : r.clients[u].maskedInput(x, new SplittableRandom(u), inbox);
            r.server.receiveMaskedInput(y);
        });
        r.request = r.server.endMaskedInputStage();
        r.unmask(Set.of());
        double[] sum = r.server.decodedSum();
        for (int i = 0; i < exact.length; i++) {
            assertEquals(exact[i], sum[i], CONFIG.numClients() / CONFIG.scale(), "coordinate " + i); // ≤ 1 ulp each
        }
    }

    @Test
    void tamperedCiphertextIsRejected() {
        RoundDriver r = new RoundDriver(CONFIG, 3, 3).advertise(Set.of()).share(Set.of());
        ShareCiphertexts inbox = r.inboxes.get(0);
        SortedMap<Integer, byte[]> bad = new TreeMap<>(inbox.ciphertexts());
        byte[] c = bad.get(1).clone();
        c[40] ^= 1;
        bad.put(1, c);
        int[] x = new int[CONFIG.vectorLength()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.clients[0].maskedInput(x, new ShareCiphertexts(0, bad)));
        assertTrue(e.getMessage().contains("fails authentication"), e.getMessage());
        // a ciphertext moved to another receiver fails too (the pair is bound into key and AAD)
        assertThrows(IllegalArgumentException.class,
                () -> r.clients[2].maskedInput(x, new ShareCiphertexts(2, new TreeMap<>(Map.of(1, inbox.ciphertexts().get(1),
                        3, r.inboxes.get(2).ciphertexts().get(3), 4, r.inboxes.get(2).ciphertexts().get(4))))));
    }

    @Test
    void stagesRunInOrderAndInputsAreChecked() {
        RoundDriver r = new RoundDriver(CONFIG, 4, 4);
        assertThrows(IllegalStateException.class, () -> r.clients[0].shareKeys(new NeighbourKeys(0, new TreeMap<>())));
        r.advertise(Set.of()).share(Set.of());
        int[] tooLong = new int[CONFIG.vectorLength() + 1];
        assertThrows(IllegalArgumentException.class, () -> r.clients[0].maskedInput(tooLong, r.inboxes.get(0)));
        int[] outOfRange = new int[CONFIG.vectorLength()];
        outOfRange[3] = 4 * 1024 + 1; // > ceil(maxAbsInput·scale)
        assertThrows(IllegalArgumentException.class, () -> r.clients[0].maskedInput(outOfRange, r.inboxes.get(0)));
        // the rejected input did not consume the stage: a valid one is still accepted
        assertEquals(CONFIG.vectorLength(), r.clients[0].maskedInput(new int[CONFIG.vectorLength()], r.inboxes.get(0)).masked().length);
    }

    @Test
    void abortsWhenFewerThanTNeighboursAdvertised() {
        RoundDriver r = new RoundDriver(CONFIG, 5, 5);
        AdvertiseKeys[] ads = new AdvertiseKeys[5];
        for (int u = 0; u < 5; u++) {
            ads[u] = r.clients[u].advertiseKeys();
        }
        NeighbourKeys two = new NeighbourKeys(0, new TreeMap<>(Map.of(1, ads[1], 2, ads[2])));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.clients[0].shareKeys(two));
        assertTrue(e.getMessage().contains("need threshold=3"), e.getMessage());
        NeighbourKeys replayed = new NeighbourKeys(1, new TreeMap<>(Map.of(0, ads[0], 2, ads[2],
                3, new AdvertiseKeys(3, ads[2].encryptionKey(), ads[3].maskingKey()))));
        assertThrows(IllegalArgumentException.class, () -> r.clients[1].shareKeys(replayed), "repeated public key");
    }

    @Test
    void sharesRevealedMatchTheServersDroppedSet() {
        RoundDriver r = new RoundDriver(CONFIG, 6, 6).advertise(Set.of()).share(Set.of())
                .mask(SecAggFixtures.inputs(CONFIG, 6), Set.of(4));
        UnmaskResponse resp = r.clients[0].unmask(r.request);
        assertEquals(Set.of(1, 2, 3), resp.selfMaskShares().keySet());
        assertEquals(Set.of(4), resp.keyShares().keySet());
    }
}
