package org.veil.evaluate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;

class ReportTableTest {

    @Test
    void optionsAreShownAsFlatLeavesWithNestedTypesNamedByTheirParent() {
        ObjectNode o = RecordJson.mapper().createObjectNode();
        o.putObject("network").put("type", "mlp").putArray("hiddenLayers").add(64);
        o.put("epochs", 20);
        o.putObject("privacy").put("delta", (Double) null).putObject("budget").put("type", "target-epsilon")
                .put("epsilon", 1.0);
        ReportRow row = new ReportRow("dp-sgd", o, 1.0, 1e-5, 0.8, 0.01, "dp-sgd-1", null, null);
        assertEquals("network=mlp, hiddenLayers=[64], epochs=20, budget=target-epsilon, epsilon=1.0",
                ReportTable.options(row));
    }
}
