package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.SavedModels;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;
import org.veil.lfr.LfrEvaluation;
import org.veil.lfr.LfrModel;

/** End-to-end tests of {@code veil lfr fit|transform|sweep} on small synthetic credit data. */
class LfrCommandTest {
    private static final String[] CREDIT = {"--data", "credit", "--rows", "2000", "--favourable", "approve"};

    private static String[] transform(Path model, String... tail) {
        String[] head = {"lfr", "transform", "--model", model.toString(), "--data", "credit", "--rows", "2000"};
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[head.length + CREDIT.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(CREDIT, 0, all, head.length, CREDIT.length);
        System.arraycopy(tail, 0, all, head.length + CREDIT.length, tail.length);
        return all;
    }

    @Test
    void fitWritesModelRecordAndOneJsonObjectWithTheFairnessFieldsForLfrAndTheBaseline(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("lfr");
        CliRun r = CliRun.of(args(new String[] {"lfr", "fit"}, "--max-iterations", "30", "--restarts", "1", "--out",
                out.toString(), "--json"));
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        TrainingRecord record = RecordJson.read(out.resolve("record.json"));
        for (String f : LfrEvaluation.FIELDS) {
            assertTrue(json.get(f).isNumber(), f + " in " + json);
            assertTrue(json.get("baseline").get(f).isNumber(), "baseline." + f + " in " + json);
            assertEquals(json.get(f).asDouble(), record.metrics().get(f), 0.0, f);
            assertEquals(json.get("baseline").get(f).asDouble(), record.metrics().get("baseline." + f), 0.0, f);
        }
        double leak = json.get("protectedLeakage").asDouble();
        assertTrue(leak >= 0 && leak <= 1, json.toString());
        assertEquals("lfr", record.method());
        assertEquals(Double.POSITIVE_INFINITY, record.privacy().epsilon());
        assertEquals(LfrModel.FORMAT, SavedModels.load(out.resolve("model.zip")).format());
        assertTrue(json.get("testAccuracy").asDouble() > 0.55, json.toString());
    }

    @Test
    void transformWritesTheRepresentationThatAnotherTrainerReads(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("lfr");
        assertEquals(0, CliRun.of(args(new String[] {"lfr", "fit"}, "--max-iterations", "15", "--restarts", "1",
                "--no-baseline", "--out", model.toString())).code());
        Path train = dir.resolve("z-train.csv");
        Path test = dir.resolve("z-test.csv");
        CliRun t1 = CliRun.of(transform(model, "--out",
                train.toString()));
        assertEquals(0, t1.code(), t1.toString());
        assertTrue(t1.out().contains("view memberships over 10 prototypes"), t1.out());
        assertEquals(0, CliRun.of(transform(model, "--split",
                "test", "--out", test.toString())).code());
        List<String> lines = Files.readAllLines(train);
        assertEquals("decision,group,m0,m1,m2,m3,m4,m5,m6,m7,m8,m9", lines.get(0));
        assertEquals(1601, lines.size());
        byte[] again = Files.readAllBytes(train);
        CliRun.of(transform(model, "--out", train.toString()));
        assertTrue(java.util.Arrays.equals(again, Files.readAllBytes(train)), "transform is deterministic");
        Path downstream = dir.resolve("downstream");
        CliRun b = CliRun.of("train", "baseline", "--data", train.toString(), "--test-data", test.toString(),
                "--label", "decision", "--protected", "group", "--exclude-protected", "--epochs", "2", "--out",
                downstream.toString(), "--json");
        assertEquals(0, b.code(), b.toString());
        CliRun recon = CliRun.of(transform(model, "--view",
                "reconstruction", "--out", dir.resolve("x.csv").toString()));
        assertTrue(recon.out().contains("view reconstruction"), recon.out());
    }

    @Test
    void sweepWritesOnePointPerAzAndAPageWithThePlot(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        CliRun r = CliRun.of(args(new String[] {"lfr", "sweep"}, "--az-values", "0,5", "--max-iterations", "15",
                "--restarts", "1", "--no-baseline", "--out", out.toString(), "--json"));
        assertEquals(0, r.code(), r.toString());
        JsonNode sweep = RecordJson.mapper().readTree(out.resolve("sweep.json").toFile());
        assertEquals(2, sweep.get("points").size());
        assertEquals(5.0, sweep.get("points").get(1).get("az").asDouble());
        String html = Files.readString(out.resolve("sweep.html"));
        assertTrue(html.contains("data:image/png;base64,") && html.contains("statisticalParityDifference"));
    }

    @Test
    void badInputGetsOneClearLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("never");
        CliRun k = CliRun.of(args(new String[] {"lfr", "fit"}, "--prototypes", "1", "--out", out.toString()));
        assertEquals(2, k.code(), k.toString());
        assertTrue(k.err().startsWith("veil: prototypes=1, allowed: [2, 1000]\n"), k.err());
        CliRun w = CliRun.of(args(new String[] {"lfr", "fit"}, "--az", "-1", "--out", out.toString()));
        assertTrue(w.err().contains("az=-1.0, allowed: >= 0 and finite"), w.err());
        CliRun missing = CliRun.of(args(new String[] {"lfr", "fit"}, "--protected", "nosuch", "--out", out.toString()));
        assertTrue(missing.code() != 0 && missing.err().contains("nosuch"), missing.toString());
        Path three = dir.resolve("three.csv");
        Files.writeString(three, "a,g,y\n1,m,x\n2,f,y\n3,m,z\n4,f,x\n5,m,y\n6,f,z\n7,m,x\n8,f,y\n9,m,z\n10,f,x\n");
        CliRun multi = CliRun.of("lfr", "fit", "--data", three.toString(), "--label", "y", "--protected", "g", "--out",
                out.toString());
        assertTrue(multi.err().contains("LFR needs a binary label"), multi.toString());
        Path constant = dir.resolve("constant.csv");
        Files.writeString(constant, "a,g,y\n1,m,x\n2,m,y\n3,m,x\n4,m,y\n5,m,x\n6,m,y\n7,m,x\n8,m,y\n9,m,x\n10,m,y\n");
        CliRun c = CliRun.of("lfr", "fit", "--data", constant.toString(), "--label", "y", "--protected", "g", "--out",
                out.toString());
        assertTrue(c.err().contains("is constant"), c.toString());
        assertFalse(Files.exists(out));
    }
}
