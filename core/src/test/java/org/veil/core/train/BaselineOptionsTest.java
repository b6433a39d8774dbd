package org.veil.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.veil.core.dl4j.CnnSpec;
import org.veil.core.dl4j.MlpSpec;
import org.veil.core.dl4j.Optimizer;
import org.veil.core.record.RecordJson;

class BaselineOptionsTest {

    @Test
    void defaultsAreTheTunedAdultSettings() {
        BaselineOptions o = new BaselineOptions();
        assertEquals(MlpSpec.relu(64, 32), o.network());
        assertEquals(10, o.epochs());
        assertEquals(256, o.batchSize());
        assertEquals(Optimizer.Adam.withLearningRate(1e-3), o.optimizer());
        assertEquals(1e-5, o.l2());
    }

    @Test
    void validationNamesTheValueAndTheAllowedRange() {
        BaselineOptions o = new BaselineOptions();
        assertEquals("epochs=0, allowed: [1, 10000]",
                assertThrows(IllegalArgumentException.class, () -> o.withEpochs(0)).getMessage());
        assertEquals("batchSize=-5, allowed: [1, 1048576]",
                assertThrows(IllegalArgumentException.class, () -> o.withBatchSize(-5)).getMessage());
        assertEquals("l2=NaN, allowed: [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> o.withL2(Double.NaN)).getMessage());
        assertThrows(NullPointerException.class, () -> o.withOptimizer(null));
    }

    @Test
    void withersChangeOneField() {
        BaselineOptions o = new BaselineOptions().withEpochs(3).withNetwork(CnnSpec.mnist());
        assertEquals(3, o.epochs());
        assertEquals(CnnSpec.mnist(), o.network());
        assertEquals(256, o.batchSize());
    }

    @Test
    void roundTripsThroughTheRecordJsonMapper() throws Exception {
        BaselineOptions o = new BaselineOptions().withOptimizer(new Optimizer.Nesterov(0.05, 0.9));
        JsonNode tree = RecordJson.mapper().valueToTree(o);
        assertEquals("mlp", tree.get("network").get("type").asText());
        assertEquals("nesterov", tree.get("optimizer").get("type").asText());
        assertEquals(o, RecordJson.mapper().treeToValue(tree, BaselineOptions.class));
    }
}
