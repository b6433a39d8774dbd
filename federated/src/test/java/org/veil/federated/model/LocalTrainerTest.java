package org.veil.federated.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.dl4j.Dl4jFitter;
import org.veil.core.train.SyntheticData;
import org.veil.federated.dp.UpdateNorms;

class LocalTrainerTest {

    private static final Dataset DATA = SyntheticData.blobs(40, 4, 3, List.of("a", "b"));
    private static final ModelSpec SPEC = ModelSpec.mlp(List.of(6), 4, 2, 11);

    @Test
    void oneFullBatchEpochEqualsOneSgdStepFromTheGlobalModel() {
        Dl4jClassifier model = SPEC.build(0.1);
        float[] global = model.parameterFloats();
        LocalResult r = LocalTrainer.train(model, global, DATA, new LocalTrainingOptions(1, 1000, 0.1, 0),
                new SplittableRandom(1));
        assertEquals(1, r.steps());
        assertEquals(40, r.examples());
        Dl4jClassifier reference = SPEC.build(0.1);
        int[] all = java.util.stream.IntStream.range(0, 40).toArray();
        try (Dl4jFitter f = reference.fitter(DATA)) {
            f.fitBatch(all, 0, 40);
        }
        float[] expected = reference.parameterFloats();
        for (int i = 0; i < expected.length; i++) {
            expected[i] -= global[i];
        }
        assertArrayEquals(expected, r.delta(), 1e-5f);
        assertArrayEquals(global, SPEC.build(0.1).parameterFloats(), 0f, "the global model is not modified");
    }

    @Test
    void stepsFollowEpochsAndBatchSizeAndTheProximalTermShortensTheUpdate() {
        LocalTrainingOptions plain = new LocalTrainingOptions(3, 7, 0.2, 0);
        Dl4jClassifier model = SPEC.build(0.2);
        float[] global = model.parameterFloats();
        LocalResult a = LocalTrainer.train(model, global, DATA, plain, new SplittableRandom(5));
        assertEquals(3 * 6, a.steps()); // ceil(40 / 7) = 6 batches per epoch
        LocalResult b = LocalTrainer.train(SPEC.build(0.2), global, DATA, plain.withProximalMu(2.0),
                new SplittableRandom(5));
        assertTrue(UpdateNorms.l2(b.delta()) < UpdateNorms.l2(a.delta()),
                "FedProx pulls towards the global model: " + UpdateNorms.l2(b.delta()) + " vs " + UpdateNorms.l2(a.delta()));
        LocalResult c = LocalTrainer.train(SPEC.build(0.2), global, DATA, plain, new SplittableRandom(5));
        assertArrayEquals(a.delta(), c.delta(), 0f, "same seed, same batches, same update");
    }

    @Test
    void optionsAndSpecValidateTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new LocalTrainingOptions(0, 10, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LocalTrainingOptions(1, 10, 0.5, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ModelSpec("rnn", List.of(), "relu", 4, 2, 0, 1));
        assertTrue(e.getMessage().contains("allowed: mlp, cnn, mcmahan-cnn, papernot-cnn"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelSpec("cnn", List.of(), "relu", 100, 10, 0, 1));
        ModelSpec back = ModelSpec.fromJson(SPEC.toJson());
        assertEquals(SPEC, back);
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.fromJson("{\"architecture\":"));
    }
}
