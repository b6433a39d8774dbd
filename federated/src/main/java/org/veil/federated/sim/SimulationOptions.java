package org.veil.federated.sim;

import java.util.Objects;
import org.veil.federated.client.Behaviour;
import org.veil.federated.partition.PartitionScheme;

/**
 * How a simulation spreads data and work.
 *
 * @param clients            N virtual clients, &gt;= 1
 * @param partition          IID or Dirichlet label skew
 * @param threads            clients trained at once, in [1, 256]
 * @param maliciousClients   how many clients (the first ids) misbehave, in [0, clients]
 * @param maliciousBehaviour what they do (ignored when none)
 */
public record SimulationOptions(int clients, PartitionScheme partition, int threads, int maliciousClients,
        Behaviour maliciousBehaviour) {

    public SimulationOptions {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(maliciousBehaviour, "maliciousBehaviour");
        if (clients < 1) {
            throw new IllegalArgumentException("clients=" + clients + ", allowed: >= 1");
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads=" + threads + ", allowed: [1, 256]");
        }
        if (maliciousClients < 0 || maliciousClients > clients) {
            throw new IllegalArgumentException("maliciousClients=" + maliciousClients + ", allowed: [0, " + clients
                    + "]");
        }
    }

    /** N honest IID clients trained on as many threads as the machine has cores. */
    public static SimulationOptions iid(int clients) {
        return new SimulationOptions(clients, new PartitionScheme.Iid(),
                Math.max(1, Runtime.getRuntime().availableProcessors()), 0, Behaviour.HONEST);
    }

    public SimulationOptions withMalicious(int count, Behaviour behaviour) {
        return new SimulationOptions(clients, partition, threads, count, behaviour);
    }

    public SimulationOptions withThreads(int t) {
        return new SimulationOptions(clients, partition, t, maliciousClients, maliciousBehaviour);
    }

    public SimulationOptions withPartition(PartitionScheme p) {
        return new SimulationOptions(clients, p, threads, maliciousClients, maliciousBehaviour);
    }
}
