package org.veil.dpsgd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {

    @Test
    void readsTheHighWaterMarkInMebibytes() {
        // Lines as Linux 6.1 writes them (proc(5)); 1572864 kB = 1536 MiB.
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9999999 kB", "VmHWM:\t 1572864 kB", "VmRSS:\t 1 kB");
        assertEquals(1536.0, PeakMemory.parse(status), 0.0);
        assertTrue(Double.isNaN(PeakMemory.parse(List.of("Name:\tjava"))));
    }

    @Test
    void thisProcessHasAPlausiblePeak() {
        double mib = PeakMemory.mebibytes();
        if (System.getProperty("os.name").startsWith("Linux")) {
            // A JVM that ran JUnit holds well over 16 MiB and, in these tests, under 64 GiB.
            assertTrue(mib > 16 && mib < 65536, "VmHWM " + mib + " MiB");
        } else {
            assertTrue(Double.isNaN(mib));
        }
    }
}
