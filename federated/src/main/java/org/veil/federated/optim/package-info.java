/**
 * Server optimisers for federated rounds (Reddi et al. 2021, "Adaptive Federated Optimization", ICLR):
 * server SGD (FedAvg, FedAvgM) and the adaptive FedAdagrad, FedAdam and FedYogi of Alg. 2, with
 * checkpointable state.
 */
package org.veil.federated.optim;
