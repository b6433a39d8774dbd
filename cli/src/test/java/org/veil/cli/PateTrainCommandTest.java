package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.model.SavedModels;
import org.veil.core.model.UniformClassifier;
import org.veil.core.privacy.DataDependentRdp;
import org.veil.core.privacy.GnMax;
import org.veil.core.privacy.NoisyThreshold;
import org.veil.core.privacy.rdp.RdpAccountant;
import org.veil.core.record.RecordJson;
import org.veil.core.record.TrainingRecord;

/** End-to-end tests of {@code veil pate train} on small synthetic credit data (seconds, not minutes). */
class PateTrainCommandTest {

    private static String[] args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("pate", "train", "--data", "credit", "--rows", "3000", "--teachers",
                "30", "--teacher-model", "logistic", "--student-model", "logistic", "--student-epochs", "5",
                "--threshold", "20", "--sigma1", "6", "--sigma2", "4", "--queries", "150", "--public-split", "0.5",
                "--seed", "3", "--quiet", "--out", out.toString()));
        for (int i = 0; i < more.length; i++) {
            int at = a.indexOf(more[i]);
            boolean hasValue = i + 1 < more.length && !more[i + 1].startsWith("--");
            if (at >= 0 && hasValue) {
                a.set(at + 1, more[++i]); // a flag given again replaces the default above
            } else {
                a.add(more[i]);
            }
        }
        return a.toArray(new String[0]);
    }

    @Test
    void trainsAStudentAndWritesItsRecordWithTheDataDependentLedger(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of(args(dir, "--json"));
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode j = RecordJson.mapper().readTree(r.out());
        assertEquals("pate", j.get("method").asText());
        assertEquals("data-dependent", j.get("analysis").asText());
        double eps = j.get("epsilon").asDouble();
        assertTrue(eps > 0 && eps <= j.get("epsilonDataIndependent").asDouble(), j.toString());
        assertTrue(j.get("testAccuracy").asDouble() > 0.6, j.toString());
        assertTrue(j.get("answered").asDouble() > 0 && j.get("answered").asDouble() <= 150, j.toString());
        TrainingRecord rec = RecordJson.read(dir.resolve("record.json"));
        assertTrue(Files.size(dir.resolve("model.zip")) > 0);
        assertTrue(rec.privacy().ledger().entries().get(0).mechanism() instanceof DataDependentRdp);
        assertEquals(eps, new RdpAccountant().epsilon(rec.privacy().ledger(), 1e-5).epsilon(), 1e-9);
        assertEquals(150.0, rec.metrics().get("queries"));
    }

    @Test
    void dataIndependentAnalysisRecordsTheMechanisms(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of(args(dir, "--analysis", "data-independent", "--json"));
        assertEquals(0, r.code(), r.toString());
        TrainingRecord rec = RecordJson.read(dir.resolve("record.json"));
        assertEquals(new NoisyThreshold(6), rec.privacy().ledger().entries().get(0).mechanism());
        assertEquals(150, rec.privacy().ledger().entries().get(0).count());
        assertEquals(new GnMax(4), rec.privacy().ledger().entries().get(1).mechanism());
        assertEquals(rec.metrics().get("teacherAnswers").longValue(), rec.privacy().ledger().entries().get(1).count());
        assertEquals(rec.metrics().get("epsilonDataIndependent"), rec.privacy().epsilon(), 1e-12);
    }

    @Test
    void noAnswerWritesTheUniformStudentAndWarns(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of(args(dir, "--threshold", "1000", "--sigma1", "1"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("veil: warning: no query was answered; the student is the uniform model"),
                r.err());
        assertTrue(SavedModels.load(dir.resolve("model.zip")) instanceof UniformClassifier);
        TrainingRecord rec = RecordJson.read(dir.resolve("record.json"));
        assertEquals(0.0, rec.metrics().get("answered"));
    }

    @Test
    void badInputGivesOneLineErrorsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun many = CliRun.of(args(out, "--teachers", "5000"));
        assertEquals(2, many.code(), many.toString());
        assertTrue(many.err().contains("teachers=5000 but data has"), many.err());
        CliRun tree = CliRun.of(args(out, "--teacher-model", "tree"));
        assertEquals(2, tree.code(), tree.toString());
        assertTrue(tree.err().contains("--teacher-model=tree is not available"), tree.err());
        CliRun split = CliRun.of(args(out, "--public-split", "1.5"));
        assertEquals(2, split.code(), split.toString());
        assertTrue(split.err().contains("--public-split=1.5, allowed: (0, 1)"), split.err());
        CliRun sigma = CliRun.of(args(out, "--sigma2", "0"));
        assertEquals(2, sigma.code(), sigma.toString());
        assertTrue(sigma.err().contains("sigma2=0.0, allowed: > 0 and finite"), sigma.err());
        CliRun augment = CliRun.of(args(out, "--teacher-augment", "2"));
        assertEquals(2, augment.code(), augment.toString());
        assertTrue(augment.err().contains("--teacher-augment shifts 28x28 grey images (784 features, e.g. MNIST), the "
                + "data has"), augment.err());
        CliRun copies = CliRun.of(args(out, "--student-augment", "65"));
        assertEquals(2, copies.code(), copies.toString());
        assertTrue(copies.err().contains("--student-augment=65, allowed: [0, 64]"), copies.err());
        CliRun self = CliRun.of(args(out, "--self-training-epochs", "0"));
        assertEquals(2, self.code(), self.toString());
        assertTrue(self.err().contains("--self-training-epochs=0, allowed: [1, 10000]"), self.err());
        CliRun both = CliRun.of(args(out, "--public", "x.csv"));
        assertEquals(2, both.code(), both.toString());
        for (CliRun run : List.of(many, tree, split, sigma, augment, copies, self)) {
            // one line naming the problem, then picocli's usual "Try 'veil pate train --help'" hint
            assertTrue(run.err().strip().lines().skip(1).allMatch(l -> l.startsWith("Try 'veil pate train --help'")),
                    run.err());
        }
        assertFalse(Files.exists(out.resolve("record.json")));
    }
}
