package org.veil.dpsgd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.veil.core.data.Dataset;
import org.veil.core.dl4j.Dl4jClassifier;
import org.veil.core.model.TrainedModel;
import org.veil.core.privacy.noise.NoiseSource;
import org.veil.core.run.RunContext;
import org.veil.core.train.Accuracy;
import org.veil.core.train.SyntheticData;

/** A user's own DL4J network, wrapped and trained in place with DP-SGD (the user's side of the adapter). */
class WrappedNetworkTest {

    @Test
    void trainsANetworkBuiltDirectlyWithDl4j() {
        Dataset data = SyntheticData.blobs(1000, 4, 11, List.of("a", "b"));
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .dataType(DataType.FLOAT).updater(new Adam(0.05)).list()
                .layer(new DenseLayer.Builder().nIn(4).nOut(6).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        Dl4jClassifier model = Dl4jClassifier.wrap(net);
        TrainedModel<Dl4jClassifier> m = DpSgdTrainer.withNoiseMultiplier(1.0).epochs(2).batchSize(100)
                .train(model, data, RunContext.seeded(1).withNoise(NoiseSource.seeded(2)));
        assertTrue(m.model() == model, "trained in place");
        assertEquals(20, m.record().privacy().ledger().totalCount());
        assertTrue(Accuracy.of(model, data) > 0.95, "accuracy " + Accuracy.of(model, data));
    }
}
