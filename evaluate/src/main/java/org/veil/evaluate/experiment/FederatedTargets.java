package org.veil.evaluate.experiment;

import java.util.List;
import org.veil.dpsgd.AccountantKind;
import org.veil.federated.dp.DpFedAvgOptions;
import org.veil.federated.model.LocalTrainingOptions;
import org.veil.federated.model.ModelChoice;
import org.veil.federated.server.FederationOptions;
import org.veil.federated.server.StrategyOptions;
import org.veil.federated.sim.SimulationOptions;
import org.veil.federated.train.FederatedTrainer;
import org.veil.federated.train.FederatedTrainerOptions;

/**
 * DP-FedAvg targets of an experiment: the members are spread over simulated clients of
 * {@value #ROWS_PER_CLIENT} rows each (IID), a tenth of them is sampled per round (Poisson), and the
 * noise is calibrated to the target ε at δ = 1e-5 for user-level privacy, which also bounds the
 * leakage of every single record (a record's removal changes one client's data). Same MLP as
 * DP-SGD (64 ReLU units), clip {@value #CLIP} (fixed: adaptive clipping's count noise m/20 needs
 * cohorts of hundreds, more than small experiments have).
 */
final class FederatedTargets {

    /** The experiment's method name. */
    static final String METHOD = "dp-fedavg";
    static final int ROWS_PER_CLIENT = 10;
    static final int ROUNDS = 50;
    static final double CLIP = 0.5;

    private FederatedTargets() {
    }

    static FederatedTrainer trainer(double epsilon, int members) {
        int clients = Math.max(20, members / ROWS_PER_CLIENT);
        int perRound = Math.max(2, clients / 10);
        DpFedAvgOptions dp = new DpFedAvgOptions(null, epsilon, 1e-5, CLIP, null, AccountantKind.RDP);
        FederationOptions f = new FederationOptions(ROUNDS, perRound, 1, 600_000, 0,
                new LocalTrainingOptions(2, 10, 0.1, 0), new StrategyOptions(), dp, 1e4, 0, null, 0);
        SimulationOptions sim = SimulationOptions.iid(clients);
        return new FederatedTrainer(new FederatedTrainerOptions(new ModelChoice("mlp", List.of(64), "relu", 0), f, sim));
    }
}
