package org.veil.federated.train;

import java.util.Objects;
import org.veil.federated.model.ModelChoice;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.sim.SimulationOptions;

/**
 * Everything a simulated federated training run needs.
 *
 * @param model      architecture
 * @param federation rounds, cohort, strategy, DP
 * @param simulation clients, partition, threads, malicious clients
 */
public record FederatedTrainerOptions(ModelChoice model, FederationOptions federation, SimulationOptions simulation) {

    public FederatedTrainerOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(federation, "federation");
        Objects.requireNonNull(simulation, "simulation");
        if (federation.clientsPerRound() > simulation.clients()) {
            throw new IllegalArgumentException("clientsPerRound=" + federation.clientsPerRound() + ", allowed: <= clients="
                    + simulation.clients());
        }
    }
}
