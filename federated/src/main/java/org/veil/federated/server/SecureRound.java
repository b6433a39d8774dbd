package org.veil.federated.server;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.veil.federated.protocol.SecAggSetup;
import org.veil.federated.protocol.UnclippedCount;
import org.veil.federated.secagg.AdvertiseKeys;
import org.veil.federated.secagg.MaskedInput;
import org.veil.federated.secagg.NeighbourGraph;
import org.veil.federated.secagg.NeighbourKeys;
import org.veil.federated.secagg.SecAggConfig;
import org.veil.federated.secagg.SecAggServer;
import org.veil.federated.secagg.ShareCiphertexts;
import org.veil.federated.secagg.UnmaskRequest;
import org.veil.federated.secagg.UnmaskResponse;

/**
 * The server side of one round with secure aggregation (Bonawitz et al. 2017, §4 Fig. 4; SecAgg+
 * graph of Bell et al. 2020): four stages of tasks (advertise keys, share keys, masked input,
 * unmask), each closed when every client of the stage answered or is unreachable. Clients clip
 * their own update to C (the server cannot see it) and send it masked; the server learns only the
 * sum of the survivors' clipped updates. A client whose message is malformed is treated as dropped
 * at that stage (logged). Too many dropouts in a neighbourhood fail the round (no sum).
 *
 * <p>Thread safety: the round loop only.
 */
final class SecureRound {

    /** Largest |fixed-point sum| is kept below 2^30 (half the int range, for margin). */
    static final double SUM_BOUND = 1 << 30;

    /**
     * A secure round's result.
     *
     * @param sum       the decoded sum of the survivors' clipped updates (null when the round failed)
     * @param survivors how many updates the sum holds
     * @param unclipped how many of them were within the clip bound before clipping (-1 when not counted)
     * @param dropped   cohort members not in the sum
 * @param rejected  messages refused as malformed
     * @param failure   why the round failed (null when it did not)
     */
    record Outcome(double[] sum, int survivors, int unclipped, List<String> dropped, int rejected, String failure) {
    }

    private final RoundCoordinator rc;
    private final ClientDirectory directory;
    private final EventLog log;
    private int rejected;

    SecureRound(RoundCoordinator rc, ClientDirectory directory, EventLog log) {
        this.rc = rc;
        this.directory = directory;
        this.log = log;
    }

    /**
     * The SecAgg+ configuration for a cohort of n clients and vectors of d values, each within C
     * (updates clipped to C, plus an unclipped-count coordinate of 0 or 1 when one is carried: its
     * integer sum is at most n, far below the bound).
     */
    static SecAggConfig config(int n, int d, double clip) {
        int k = Math.min(n - 1, Math.max(4, 2 * (int) Math.ceil(Math.log(n) / Math.log(2)))); // Bell et al.: O(log n)
        int t = k / 2 + 1;                                   // t > k/2: fewer shares reveal nothing (Bonawitz §4)
        double scale = SUM_BOUND / ((double) n * clip);      // n * C * scale < 2^31: the sum cannot wrap
        return new SecAggConfig(n, t, k, d, scale, clip);
    }

    /**
     * Runs the round's four stages.
     *
     * @param dimension      the update length d
     * @param clip           the L2 bound clients clip their updates to
     * @param countUnclipped whether clients also send their unclipped indicator (adaptive clipping)
     */
    Outcome run(int round, List<String> cohort, int dimension, double clip, long graphSeed, boolean countUnclipped)
            throws InterruptedException {
        if (cohort.size() < 3) {
            return failed(cohort, "secure aggregation needs at least 3 clients, the cohort has " + cohort.size());
        }
        SecAggConfig config = config(cohort.size(), dimension + (countUnclipped ? 1 : 0), clip);
        SecAggServer server = new SecAggServer(config, NeighbourGraph.of(config, graphSeed));
        Map<String, Integer> index = new HashMap<>();
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < cohort.size(); i++) {
            index.put(cohort.get(i), i);
            ids.put(i, cohort.get(i));
        }
        try {
            byte[] setup = new SecAggSetup(config, graphSeed, countUnclipped).toBytes();
            Map<String, byte[]> in = new LinkedHashMap<>();
            cohort.forEach(c -> in.put(c, setup));
            stage(round, Assignment.Kind.SECAGG_ADVERTISE, in, index, b -> {
                AdvertiseKeys m = AdvertiseKeys.fromBytes((byte[]) b.answer());
                server.receiveKeys(checked(m.clientId(), b, m));
            });
            Map<Integer, NeighbourKeys> keys = server.endAdvertiseStage();
            stage(round, Assignment.Kind.SECAGG_SHARE, inputs(keys, ids, NeighbourKeys::toBytes), index,
                    b -> {
                        ShareCiphertexts m = ShareCiphertexts.fromBytes((byte[]) b.answer());
                        server.receiveShares(checked(m.clientId(), b, m));
                    });
            Map<Integer, ShareCiphertexts> shares = server.endShareStage();
            stage(round, Assignment.Kind.SECAGG_MASKED_INPUT, inputs(shares, ids, ShareCiphertexts::toBytes), index,
                    b -> server.receiveMaskedInput(new MaskedInput(b.index(), (int[]) b.answer())));
            UnmaskRequest request = server.endMaskedInputStage();
            Map<String, byte[]> unmask = new LinkedHashMap<>();
            request.survivors().forEach(i -> unmask.put(ids.get(i), request.toBytes()));
            stage(round, Assignment.Kind.SECAGG_UNMASK, unmask, index, b -> {
                UnmaskResponse m = UnmaskResponse.fromBytes((byte[]) b.answer());
                server.receiveUnmask(checked(m.clientId(), b, m));
            });
            double[] sum = server.decodedSum();
            int survivors = server.survivors().size();
            int unclipped = countUnclipped ? UnclippedCount.count(sum, config.scale(), survivors) : -1;
            List<String> dropped = cohort.stream().filter(c -> !server.survivors().contains(index.get(c))).toList();
            return new Outcome(countUnclipped ? UnclippedCount.updateSum(sum) : sum, survivors, unclipped, dropped,
                    rejected, null);
        } catch (IllegalStateException e) {
            return failed(cohort, e.getMessage());
        } finally {
            rc.closeRound();
        }
    }

    /** One answer of a stage: who sent it, their index, and the message. */
    private record Answer(String client, int index, Object answer) {
    }

    private void stage(int round, Assignment.Kind kind, Map<String, byte[]> inputs, Map<String, Integer> index,
            java.util.function.Consumer<Answer> receive) throws InterruptedException {
        rc.openStage(kind, inputs, index);
        Map<String, Object> answers = rc.awaitStage(directory);
        for (Map.Entry<String, Object> e : answers.entrySet()) {
            try {
                receive.accept(new Answer(e.getKey(), index.get(e.getKey()), e.getValue()));
            } catch (IllegalArgumentException bad) {
                rejected++;
                log.event("update_rejected", Map.of("client", e.getKey(), "round", round, "reason",
                        kind + ": " + bad.getMessage()));
            }
        }
        log.event("secagg_stage", Map.of("round", round, "stage", kind.name().toLowerCase(), "asked", inputs.size(),
                "answered", answers.size()));
    }

    private static <T> T checked(int claimed, Answer a, T message) {
        if (claimed != a.index()) {
            throw new IllegalArgumentException("message claims client index " + claimed + ", sender has " + a.index());
        }
        return message;
    }

    private static <T> Map<String, byte[]> inputs(Map<Integer, T> byIndex, Map<Integer, String> ids,
            Function<T, byte[]> bytes) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        byIndex.forEach((i, m) -> out.put(ids.get(i), bytes.apply(m)));
        return out;
    }

    private Outcome failed(List<String> cohort, String reason) {
        rc.closeRound();
        return new Outcome(null, 0, -1, cohort, rejected, reason);
    }
}
