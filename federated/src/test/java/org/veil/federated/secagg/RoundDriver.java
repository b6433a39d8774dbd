package org.veil.federated.secagg;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;

/** Drives a round stage by stage against the public client and server API, for tests that intervene. */
final class RoundDriver {

    final SecAggConfig config;
    final NeighbourGraph graph;
    final SecAggServer server;
    final SecAggClient[] clients;
    Map<Integer, NeighbourKeys> keys;
    Map<Integer, ShareCiphertexts> inboxes;
    UnmaskRequest request;

    RoundDriver(SecAggConfig config, long graphSeed, long randomSeed) {
        this.config = config;
        this.graph = NeighbourGraph.of(config, graphSeed);
        this.server = new SecAggServer(config, graph);
        SecureRandom random = SecAggFixtures.seeded(randomSeed);
        clients = new SecAggClient[config.numClients()];
        for (int u = 0; u < clients.length; u++) {
            clients[u] = new SecAggClient(config, graph, u, random);
        }
    }

    RoundDriver advertise(Set<Integer> silent) {
        for (SecAggClient c : clients) {
            if (!silent.contains(c.clientId())) {
                server.receiveKeys(c.advertiseKeys());
            }
        }
        keys = server.endAdvertiseStage();
        return this;
    }

    RoundDriver share(Set<Integer> silent) {
        keys.forEach((u, k) -> {
            if (!silent.contains(u)) {
                server.receiveShares(clients[u].shareKeys(k));
            }
        });
        inboxes = server.endShareStage();
        return this;
    }

    RoundDriver mask(int[][] inputs, Set<Integer> silent) {
        inboxes.forEach((u, inbox) -> {
            if (!silent.contains(u)) {
                server.receiveMaskedInput(clients[u].maskedInput(inputs[u], inbox));
            }
        });
        request = server.endMaskedInputStage();
        return this;
    }

    RoundDriver unmask(Set<Integer> silent) {
        for (int u : request.survivors()) {
            if (!silent.contains(u)) {
                server.receiveUnmask(clients[u].unmask(request));
            }
        }
        return this;
    }
}
