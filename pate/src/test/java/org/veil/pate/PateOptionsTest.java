package org.veil.pate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;
import org.veil.pate.aggregate.ConfidentGnMaxOptions;
import org.veil.pate.aggregate.InteractiveGnMaxOptions;
import org.veil.pate.student.FirstQueries;
import org.veil.pate.student.LeastConfidentQueries;

class PateOptionsTest {

    @Test
    void defaultsAreThePapersMnistSetting() {
        PateOptions o = new PateOptions();
        assertEquals(250, o.teachers());
        assertEquals(new ConfidentGnMaxOptions(200, 150, 40), o.aggregator());
        assertEquals(new FirstQueries(640), o.selection());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PateOptions(0,
                new InteractiveGnMaxOptions(1, 1, 1, 0.5), new FirstQueries(10), 1.5, 0, false, 0, new AccountingOptions()));
        String m = e.getMessage();
        assertTrue(m.contains("teachers=0, allowed: [1, 1000000]"), m);
        assertTrue(m.contains("delta=1.5, allowed: (0, 1)"), m);
        assertTrue(m.contains("parallelism=0, allowed: [1, 1024]"), m);
        assertTrue(m.contains("pseudoLabelConfidence=0.0, allowed: (0, 1]"), m);
        assertThrows(IllegalArgumentException.class, () -> new AccountingOptions(
                org.veil.pate.analysis.AnalysisKind.DATA_INDEPENDENT, org.veil.pate.analysis.CostKind.REALISED, true));
        assertEquals(2, new PateOptions().withAggregator(new InteractiveGnMaxOptions(1, 1, 1, 0.5))
                .withSelection(new FirstQueries(10, 2)).selection().rounds());
    }

    @Test
    void jsonNamesTheAggregatorAndSelectionAndReadsBack() throws Exception {
        PateOptions o = new PateOptions().withSelection(new LeastConfidentQueries(300, 3)).withSemiSupervised(true);
        JsonNode json = RecordJson.mapper().valueToTree(o);
        assertEquals("confident-gnmax", json.get("aggregator").get("type").asText());
        assertEquals(200.0, json.get("aggregator").get("threshold").asDouble());
        assertEquals("least-confident", json.get("selection").get("type").asText());
        assertEquals(o, RecordJson.mapper().treeToValue(json, PateOptions.class));
    }
}
