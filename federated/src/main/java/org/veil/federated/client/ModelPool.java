package org.veil.federated.client;

import java.util.HashMap;
import java.util.Map;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.federated.model.ModelSpec;

/**
 * One classifier per thread and (spec, learning rate), reused by the many simulated clients a
 * worker thread runs one after another. Safe because local training overwrites every parameter
 * from the global model first and plain SGD keeps no optimiser state.
 *
 * <p>Thread safety: each thread sees only its own classifiers.
 */
public final class ModelPool {

    private final ThreadLocal<Map<String, Dl4jClassifier>> models = ThreadLocal.withInitial(HashMap::new);

    /** This thread's classifier for {@code spec} at {@code learningRate}, built on first use. */
    public Dl4jClassifier get(ModelSpec spec, double learningRate) {
        return models.get().computeIfAbsent(spec.toJson() + "@" + learningRate, k -> spec.build(learningRate));
    }
}
