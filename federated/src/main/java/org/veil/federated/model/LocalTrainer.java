package org.veil.federated.model;

import java.util.Objects;
import java.util.SplittableRandom;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jFitter;
import org.veil.core.run.Randomness;

/**
 * ClientUpdate of McMahan et al. 2017, Alg. 1: start from the global weights, run E epochs of
 * minibatch SGD over the client's rows in a fresh random order each epoch, and return the change.
 * With μ &gt; 0 each step is followed by the FedProx proximal pull towards the global weights
 * (Li et al. 2020, §3 eq. 2; see {@link Dl4jFitter#shrinkTowards}).
 *
 * <p>Thread safety: stateless; the classifier passed in is modified, so give each thread its own.
 * Randomness: the batch order comes from {@code random} only.
 */
public final class LocalTrainer {

    private LocalTrainer() {
    }

    /**
     * Trains {@code model} (overwriting its parameters with {@code global}) on {@code data}.
     *
     * @param model   a classifier of the federation's {@link ModelSpec}, built with the task's learning rate
     * @param global  the round's global parameters (not modified)
     * @param data    the client's rows (at least one)
     * @param options E, B, η, μ
     * @param random  source of the batch order
     */
    public static LocalResult train(Dl4jClassifier model, float[] global, Dataset data, LocalTrainingOptions options,
            SplittableRandom random) {
        Objects.requireNonNull(options, "options");
        if (data.rows() < 1) {
            throw new IllegalArgumentException("client data has no rows, allowed: >= 1");
        }
        model.setParameters(global);
        int n = data.rows();
        int batch = Math.min(options.batchSize(), n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double lossSum = 0;
        int steps = 0;
        double pull = options.learningRate() * options.proximalMu();
        try (Dl4jFitter fitter = model.fitter(data)) {
            for (int e = 0; e < options.localEpochs(); e++) {
                Randomness.shuffle(order, random);
                for (int from = 0; from < n; from += batch) {
                    lossSum += fitter.fitBatch(order, from, Math.min(n, from + batch));
                    steps++;
                    if (pull > 0) {
                        fitter.shrinkTowards(global, pull);
                    }
                }
            }
        }
        float[] local = model.parameterFloats();
        for (int i = 0; i < local.length; i++) {
            local[i] -= global[i];
        }
        return new LocalResult(local, n, steps, lossSum / steps);
    }
}
