package org.veil.federated.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The image architectures have the sizes their papers give (counted independently in the comments). */
class ModelSpecTest {

    private static int parameters(String architecture) {
        return new ModelSpec(architecture, List.of(), "relu", 784, 10, 0, 1).build(0.05).parameterFloats().length;
    }

    @Test
    void mcmahanCnnHasThePapersParameterCount() {
        // 'same' padding: 5*5*1*32+32 + 5*5*32*64+64 + 7*7*64*512+512 + 512*10+10 = 1,663,370 (McMahan et al. 2017, §3)
        assertEquals(1_663_370, parameters("mcmahan-cnn"));
        // no padding: 28 -> 24 -> 12 -> 8 -> 4, so the dense layer sees 4*4*64: 832 + 51,264 + 524,800 + 5,130
        assertEquals(582_026, parameters("cnn"));
        // Papernot et al. 2021, Table 1: 26,010
        assertEquals(26_010, parameters("papernot-cnn"));
    }

    @Test
    void theArchitectureSurvivesTheJoinMessage() {
        ModelSpec spec = new ModelSpec("mcmahan-cnn", List.of(), "relu", 784, 10, 0, 7);
        assertEquals(spec, ModelSpec.fromJson(spec.toJson()));
    }
}
