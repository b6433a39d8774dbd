package org.veil.federated.model;

/**
 * What one client's local training produced.
 *
 * @param delta    w_local − w_global, one entry per parameter
 * @param examples rows the client trained on (its FedAvg weight n_k)
 * @param steps    SGD steps taken
 * @param meanLoss mean minibatch loss over the steps (before each step)
 */
public record LocalResult(float[] delta, int examples, int steps, double meanLoss) {
}
