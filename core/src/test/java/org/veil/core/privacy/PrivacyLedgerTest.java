package org.veil.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veil.core.record.RecordJson;

class PrivacyLedgerTest {
    private static final SubsampledGaussian A = new SubsampledGaussian(1.1, 0.01);
    private static final SubsampledGaussian B = new SubsampledGaussian(2.0, 0.05);

    @Test
    void mergesConsecutiveEqualMechanismsAndKeepsOrder() {
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(A);
        ledger.record(new SubsampledGaussian(1.1, 0.01), 9);
        ledger.record(B, 3);
        ledger.record(A, 0);
        ledger.record(A, 2);
        assertEquals(List.of(new LedgerEntry(A, 10), new LedgerEntry(B, 3), new LedgerEntry(A, 2)), ledger.entries());
        assertEquals(15, ledger.totalCount());
    }

    @Test
    void snapshotsAndCopiesAreIndependentOfLaterAppends() {
        PrivacyLedger ledger = PrivacyLedger.of(A, 5);
        List<LedgerEntry> snapshot = ledger.entries();
        PrivacyLedger copy = ledger.copy();
        ledger.record(B);
        assertEquals(1, snapshot.size());
        assertEquals(1, copy.entries().size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new LedgerEntry(B, 1)));
    }

    @Test
    void roundTripsThroughJsonWithStableTypeNames() throws Exception {
        PrivacyLedger ledger = new PrivacyLedger();
        ledger.record(A, 10_000);
        ledger.record(B, 7);
        ObjectMapper mapper = RecordJson.mapper();
        String json = mapper.writeValueAsString(ledger);
        assertTrue(json.contains("\"type\" : \"subsampled-gaussian\""), json);
        assertEquals(ledger, mapper.readValue(json, PrivacyLedger.class));
    }

    @Test
    void concurrentAppendsLoseNothing() throws Exception {
        PrivacyLedger ledger = new PrivacyLedger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    ledger.record(A);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(40_000, ledger.totalCount());
        assertEquals(1, ledger.entries().size());
    }

    @Test
    void mechanismsValidateTheirParameters() {
        assertEquals("noiseMultiplier=0.0, allowed: > 0 and finite",
                assertThrows(IllegalArgumentException.class, () -> new SubsampledGaussian(0, 0.1)).getMessage());
        assertEquals("sampleRate=1.01, allowed: (0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new SubsampledGaussian(1, 1.01)).getMessage());
        assertEquals("count=-1, allowed: >= 0",
                assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(A, -1)).getMessage());
    }
}
