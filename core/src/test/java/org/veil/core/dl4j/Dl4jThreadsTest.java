package org.veil.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Dl4jThreadsTest {

    @Test
    void setChangesTheEffectiveCountAndCanRestoreIt() {
        int before = Dl4jThreads.current();
        try {
            assertEquals(1, Dl4jThreads.set(1));
            assertEquals(1, Dl4jThreads.current());
            assertEquals(1, Dl4jThreads.blas());
            // More than the pool the library loaded with is capped at the pool.
            assertEquals(Dl4jThreads.pool(), Dl4jThreads.set(Dl4jThreads.pool() + 1));
        } finally {
            Dl4jThreads.set(before);
        }
        assertEquals(before, Dl4jThreads.current());
    }

    @Test
    void rejectsCountsOutsideTheRange() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Dl4jThreads.set(0)).getMessage()
                .equals("threads=0, allowed: [1, 1024]"));
    }
}
