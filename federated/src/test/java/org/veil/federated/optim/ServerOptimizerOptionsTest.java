package org.veil.federated.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ServerOptimizerOptionsTest {

    @Test
    void parsesTheStableNamesWithDefaults() {
        assertEquals(new ServerSgdOptions(1.0, 0.0), ServerOptimizerOptions.parse("fedavg"));
        assertEquals(new FedAdamOptions(1e-2, 0.9, 0.99, 1e-3), ServerOptimizerOptions.parse(" FedAdam"));
        assertEquals(new FedYogiOptions(1e-2, 0.9, 0.99, 1e-3), ServerOptimizerOptions.parse("fedyogi"));
        assertEquals(new FedAdagradOptions(1e-2, 0.9, 1e-3), ServerOptimizerOptions.parse("fedadagrad"));
        assertInstanceOf(ServerSgd.class, ServerOptimizerOptions.parse("fedavg").create());
        assertInstanceOf(FedAdam.class, ServerOptimizerOptions.parse("fedadam").create());
        assertInstanceOf(FedYogi.class, ServerOptimizerOptions.parse("fedyogi").create());
        assertInstanceOf(FedAdagrad.class, ServerOptimizerOptions.parse("fedadagrad").create());
        for (String name : ServerOptimizerOptions.NAMES) {
            assertEquals(name, ServerOptimizerOptions.parse(name).create().name());
        }
        assertEquals("server-optimizer=adam, allowed: fedavg, fedadam, fedyogi, fedadagrad",
                assertThrows(IllegalArgumentException.class, () -> ServerOptimizerOptions.parse("adam")).getMessage());
    }

    @Test
    void validatesWithTheHouseMessages() {
        assertEquals("learningRate=0.0, allowed: > 0 and finite",
                assertThrows(IllegalArgumentException.class, () -> new ServerSgdOptions(0, 0)).getMessage());
        assertEquals("momentum=1.0, allowed: [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> new ServerSgdOptions(1, 1)).getMessage());
        assertEquals("beta2=1.5, allowed: [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> new FedAdamOptions(0.1, 0.9, 1.5, 1e-3)).getMessage());
        assertEquals("tau=0.0, allowed: > 0 and finite",
                assertThrows(IllegalArgumentException.class, () -> new FedYogiOptions().withTau(0)).getMessage());
        assertEquals("beta1=-0.1, allowed: [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> new FedAdagradOptions(0.1, -0.1, 1e-3)).getMessage());
    }

    @Test
    void roundTripsThroughJsonWithTheNameAsType() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String name : ServerOptimizerOptions.NAMES) {
            ServerOptimizerOptions options = ServerOptimizerOptions.parse(name);
            String text = json.writeValueAsString(options);
            assertEquals(options, json.readValue(text, ServerOptimizerOptions.class), text);
            assertEquals(name, json.readTree(text).get("type").asText());
        }
    }
}
