package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every command's help renders without picocli format warnings (a bare '%' in a description breaks it). */
class HelpTextTest {

    @Test
    void helpOfEveryEvaluateAndExperimentCommandRendersCleanly() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String[] args : new String[][] {{"--help"}, {"evaluate", "--help"}, {"evaluate", "mia", "--help"},
                {"evaluate", "audit", "--help"}, {"experiment", "--help"}}) {
                CliRun r = CliRun.of(args);
                assertEquals(0, r.code(), r.toString());
                assertFalse(r.out().contains("WARN") || r.err().contains("WARN"), r.toString());
            }
            CliRun mia = CliRun.of("evaluate", "mia", "--help");
            assertTrue(mia.out().contains("TPR at 0.1% and 1% FPR"), mia.out());
        } finally {
            System.setErr(before);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertFalse(stderr.contains("Could not format"), stderr);
    }
}
