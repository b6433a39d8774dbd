package org.veil.evaluate.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.veil.core.data.Dataset;
import org.veil.core.record.RecordJson;
import org.veil.core.run.RunContext;
import org.veil.core.train.SyntheticData;
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
        String msg = assertThrows(IllegalArgumentException.class, () -> TargetTrainers.of("lfr", empty)).getMessage();
        assertTrue(msg.startsWith("method=lfr, allowed: baseline, dp-sgd"), msg);
        JsonNode wrong = RecordJson.mapper().createObjectNode().put("epochs", "many");
        assertThrows(IllegalArgumentException.class, () -> TargetTrainers.of(BaselineTrainer.METHOD, wrong));
    }

    @Test
    void aPateRecordGivesATrainerThatRefusesToTrainAndPointsToTheSavedModels() {
        JsonNode empty = RecordJson.mapper().createObjectNode();
        var trainer = TargetTrainers.of("pate", empty);
        Dataset rows = SyntheticData.dataset("rows", new double[][] {{0}, {1}}, new int[] {0, 1}, List.of("a", "b"));
        String msg = assertThrows(IllegalArgumentException.class, () -> trainer.train(rows, RunContext.seeded(1)))
                .getMessage();
        assertTrue(msg.contains("public rows") && msg.contains("--reference-models"), msg);
    }
}
