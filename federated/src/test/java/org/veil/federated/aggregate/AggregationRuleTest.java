package org.veil.federated.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationRuleTest {

    @Test
    void parsesTheStableNamesWithDefaults() {
        assertEquals(new FedAvgOptions(true), AggregationRule.parse("fedavg"));
        assertEquals(new MedianOptions(), AggregationRule.parse(" Median "));
        assertEquals(new TrimmedMeanOptions(0.1), AggregationRule.parse("trimmed-mean"));
        assertEquals(new KrumOptions(1, 1), AggregationRule.parse("KRUM"));
        for (String name : AggregationRule.NAMES) {
            AggregationRule rule = AggregationRule.parse(name);
            assertEquals(name, rule.name());
            assertEquals(name, rule.create().name());
        }
    }

    @Test
    void unknownNameListsTheAllowedOnesOnOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AggregationRule.parse("mean"));
        assertEquals("aggregation=mean, allowed: fedavg, median, trimmed-mean, krum", e.getMessage());
    }

    @Test
    void createsTheMatchingAggregator() {
        assertInstanceOf(WeightedMean.class, new FedAvgOptions(false).create(true));
        assertInstanceOf(CoordinateMedian.class, new MedianOptions().create());
        assertEquals(0.3, ((TrimmedMean) new TrimmedMeanOptions().withBeta(0.3).create()).beta());
        assertEquals(new KrumOptions(2, 5), ((Krum) new KrumOptions().withF(2).withM(5).create()).options());
    }

    @Test
    void roundTripsThroughJsonWithTheNameAsType() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (AggregationRule rule : List.of(new FedAvgOptions(false), new MedianOptions(),
                new TrimmedMeanOptions(0.2), new KrumOptions(3, 7))) {
            String text = json.writeValueAsString(rule);
            assertEquals(rule, json.readValue(text, AggregationRule.class), text);
            assertEquals(rule.name(), json.readTree(text).get("type").asText());
        }
    }
}
