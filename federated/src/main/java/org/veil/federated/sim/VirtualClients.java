package org.veil.federated.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.federated.client.Behaviour;
import org.veil.federated.partition.Partitioner;
import org.veil.federated.server.ClientDirectory;

/**
 * The simulated population: client ids, each with the row indices of its share. A client's data is
 * materialised ({@link Dataset#subset}) only while it trains, so the population costs one int per
 * row however many clients there are. A simulated client is reachable unless its task failed this round.
 *
 * <p>Thread safety: the population is immutable; the failure set is concurrent.
 */
final class VirtualClients implements ClientDirectory {

    private final Dataset train;
    private final int[][] shares;
    private final List<String> ids;
    private final int malicious;
    private final Behaviour maliciousBehaviour;
    private final java.util.Set<String> gone = java.util.concurrent.ConcurrentHashMap.newKeySet();

    VirtualClients(Dataset train, SimulationOptions options, SplittableRandom random) {
        this.train = train;
        this.shares = Partitioner.split(train.labels(), train.numClasses(), options.clients(), options.partition(),
                random);
        List<String> list = new ArrayList<>(options.clients());
        for (int i = 0; i < options.clients(); i++) {
            list.add(id(i));
        }
        this.ids = List.copyOf(list);
        this.malicious = options.maliciousClients();
        this.maliciousBehaviour = options.maliciousBehaviour();
    }

    /** The id of client {@code i}: zero-padded so that sorting by id is sorting by index. */
    static String id(int i) {
        return String.format("client-%06d", i);
    }

    static int index(String id) {
        return Integer.parseInt(id.substring("client-".length()));
    }

    Dataset data(String id) {
        return train.subset(shares[index(id)], "client");
    }

    Behaviour behaviour(String id) {
        return index(id) < malicious ? maliciousBehaviour : Behaviour.HONEST;
    }

    int[] sizes() {
        return Partitioner.sizes(shares);
    }

    @Override
    public List<String> population() {
        return ids;
    }

    @Override
    public List<String> available() {
        return ids;
    }

    /** A client whose task failed (it can no longer answer this round). */
    void markGone(String id) {
        gone.add(id);
    }

    /** Clears the failures of the last round (a failed client may be sampled again). */
    void newRound() {
        gone.clear();
    }

    @Override
    public boolean isReachable(String clientId) {
        return !gone.contains(clientId);
    }
}
