package org.veil.evaluate.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;
import org.veil.core.train.BaselineOptions;
import org.veil.core.train.BaselineTrainer;
import org.veil.dpsgd.DpSgdOptions;
import org.veil.dpsgd.DpSgdTrainer;

class TargetTrainersTest {

    @Test
    void rebuildsTheTrainersOfBaselineAndDpSgdRecords() {
        DpSgdOptions dp = DpSgdTrainer.withTargetEpsilon(2.0, 1e-5).epochs(4).batchSize(128).options();
        JsonNode json = RecordJson.mapper().valueToTree(dp);
        DpSgdTrainer back = (DpSgdTrainer) TargetTrainers.of(DpSgdTrainer.METHOD, json);
        assertEquals(dp, back.options());
        BaselineOptions base = new BaselineOptions().withEpochs(3);
        BaselineTrainer b = (BaselineTrainer) TargetTrainers.of(BaselineTrainer.METHOD,
                RecordJson.mapper().valueToTree(base));
        assertEquals(base, b.options());
    }

    @Test
    void refusesUnknownMethodsAndForeignOptions() {
        JsonNode empty = RecordJson.mapper().createObjectNode();
        String msg = assertThrows(IllegalArgumentException.class, () -> TargetTrainers.of("pate", empty)).getMessage();
        assertTrue(msg.startsWith("method=pate, allowed: baseline, dp-sgd"), msg);
        JsonNode wrong = RecordJson.mapper().createObjectNode().put("epochs", "many");
        assertThrows(IllegalArgumentException.class, () -> TargetTrainers.of(BaselineTrainer.METHOD, wrong));
    }
}
