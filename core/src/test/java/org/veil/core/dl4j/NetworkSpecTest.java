package org.veil.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;

class NetworkSpecTest {

    @Test
    void mlpRejectsBadWidthsWithTheValueAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MlpSpec(List.of(64, 0), Activation.RELU));
        assertEquals("hiddenLayers[1]=0, allowed: [1, 65536]", e.getMessage());
        assertThrows(NullPointerException.class, () -> new MlpSpec(List.of(4), null));
    }

    @Test
    void mlpWithoutHiddenLayersIsAllowed() {
        assertEquals(List.of(), new MlpSpec(List.of(), Activation.TANH).hiddenLayers());
    }

    @Test
    void cnnRejectsImagesTooSmallForTwoConvPoolStages() {
        // 8x8 with 5x5 kernels: conv -> 4, pool -> 2, conv -> negative.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CnnSpec(8, 8, 1, 5, 4, 4, 8, Activation.RELU));
        assertTrue(e.getMessage().startsWith("image 8x8 is too small for kernelSize=5"), e.getMessage());
        assertEquals("channels=0, allowed: [1, 16]", assertThrows(IllegalArgumentException.class,
                () -> new CnnSpec(28, 28, 0, 5, 4, 4, 8, Activation.RELU)).getMessage());
    }

    @Test
    void cnnChecksTheInputWidth() {
        CnnSpec mnist = CnnSpec.mnist();
        assertEquals(784, mnist.inputWidth());
        mnist.checkInputWidth(784);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mnist.checkInputWidth(100));
        assertEquals("numFeatures=100, allowed: 784 (28x28x1 image)", e.getMessage());
    }

    @Test
    void specsRoundTripThroughJsonWithTypeNames() throws Exception {
        for (NetworkSpec spec : List.of(MlpSpec.relu(64, 32), CnnSpec.mnist())) {
            String json = RecordJson.toJson(spec);
            assertTrue(json.contains("\"type\""), json);
            assertEquals(spec, RecordJson.mapper().readValue(json, NetworkSpec.class));
        }
    }

    @Test
    void optimizersValidateAndRoundTripThroughJson() throws Exception {
        assertEquals("learningRate=0.0, allowed: (0, 10]",
                assertThrows(IllegalArgumentException.class, () -> new Optimizer.Sgd(0)).getMessage());
        assertEquals("momentum=1.0, allowed: [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> new Optimizer.Nesterov(0.1, 1)).getMessage());
        assertEquals("beta2=1.0, allowed: [0, 1)", assertThrows(IllegalArgumentException.class,
                () -> new Optimizer.Adam(1e-3, 0.9, 1.0, 1e-8)).getMessage());
        assertEquals("epsilon=0.0, allowed: > 0", assertThrows(IllegalArgumentException.class,
                () -> new Optimizer.Adam(1e-3, 0.9, 0.999, 0)).getMessage());
        for (Optimizer o : List.of(new Optimizer.Sgd(0.05), new Optimizer.Nesterov(0.1, 0.9),
                Optimizer.Adam.withLearningRate(1e-3))) {
            assertEquals(o, RecordJson.mapper().readValue(RecordJson.toJson(o), Optimizer.class));
        }
    }
}
