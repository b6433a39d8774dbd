package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/**
 * End-to-end tests of {@code veil evaluate mia} against one small baseline model on synthetic credit
 * data (600 rows: 480 train, 120 test), trained once for the class.
 */
class EvaluateMiaCommandTest {
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void trainTarget() {
        model = dir.resolve("target");
        CliRun r = CliRun.of("train", "baseline", "--data", "credit", "--rows", "600", "--epochs", "20",
                "--hidden", "32", "--quiet", "--out", model.toString());
        assertEquals(0, r.code(), r.toString());
    }

    private static CliRun mia(String out, String... more) {
        String[] base = {"evaluate", "mia", "--model", model.toString(), "--data", "credit", "--rows", "600",
            "--quiet", "--out", dir.resolve(out).toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void thresholdAttackWritesAttackJsonAndPrintsTheSameObject() throws Exception {
        CliRun r = mia("thr", "--members", "train", "--non-members", "test", "--attack", "threshold", "--json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        JsonNode file = RecordJson.mapper().readTree(dir.resolve("thr").resolve("attack.json").toFile());
        assertEquals(file, json, "stdout and attack.json hold the same object");
        assertEquals("threshold", json.get("attack").asText());
        assertEquals(480, json.get("members").asInt());
        assertEquals(120, json.get("nonMembers").asInt());
        assertEquals(240 + 60, json.get("evaluatedMembers").asInt() + json.get("evaluatedNonMembers").asInt(),
                "half of each side is the calibration split");
        double auc = json.get("auc").asDouble();
        assertTrue(auc > 0 && auc < 1, json.toString());
        assertEquals((1 + json.get("advantage").asDouble()) / 2, json.get("balancedAccuracy").asDouble(), 1e-12);
        assertTrue(json.get("tprAt0_1PctFpr").asDouble() <= json.get("tprAt1PctFpr").asDouble());
        assertEquals("Infinity", json.get("claimedEpsilon").asText(), "a non-private model claims nothing");
        assertFalse(json.get("alarm").asBoolean());
        assertTrue(json.get("empiricalEpsilonLowerBound").asDouble() >= 0);
        assertTrue(json.get("referenceModels").isNull());
        for (String f : new String[] {"ppv", "thresholdRule", "seed"}) {
            assertTrue(json.has(f), f + " in " + json);
        }
        CliRun human = mia("thr-human", "--members", "train", "--non-members", "test", "--attack", "threshold");
        assertEquals(0, human.code(), human.toString());
        assertTrue(human.out().contains("AUC " + String.format(java.util.Locale.ROOT, "%.4f", auc)), human.out());
        assertFalse(human.out().contains("ALARM"), human.out());
    }

    @Test
    void liraTrainsReferenceModelsOnceAndReusesThem() throws Exception {
        Path pool = dir.resolve("pool");
        String[] args = {"--members", "train", "--non-members", "test", "--attack", "lira", "--shadow-models", "4",
            "--max-rows", "150", "--reference-models", pool.toString(), "--json"};
        CliRun r = mia("lira", args);
        assertEquals(0, r.code(), r.toString());
        JsonNode json = RecordJson.mapper().readTree(r.out());
        assertEquals("lira", json.get("attack").asText());
        assertEquals(150, json.get("members").asInt(), "--max-rows cuts each side");
        assertEquals(120, json.get("nonMembers").asInt(), "all 120 test rows: fewer than --max-rows");
        assertEquals(4, json.get("referenceModelCount").asInt());
        assertEquals(pool.toString(), json.get("referenceModels").asText());
        assertTrue(Files.isRegularFile(pool.resolve("pool.json")));
        long saved = pool.resolve("model-000.zip").toFile().lastModified();
        // The same rows again: the saved models are read, not retrained, and the attack gives the same numbers.
        CliRun again = mia("lira-again", args);
        assertEquals(0, again.code(), again.toString());
        assertEquals(json.get("auc"), RecordJson.mapper().readTree(again.out()).get("auc"));
        assertEquals(saved, pool.resolve("model-000.zip").toFile().lastModified());
        // Other rows (another subsample seed): the saved models are refused.
        CliRun other = mia("lira-other", "--members", "train", "--non-members", "test", "--attack", "lira",
                "--max-rows", "150", "--seed", "2", "--reference-models", pool.toString());
        assertEquals(2, other.code(), other.toString());
        assertTrue(other.err().contains("trained on other rows"), other.err());
    }

    @Test
    void wrongModelDirectoryIsAOneLineError() {
        CliRun r = CliRun.of("evaluate", "mia", "--model", dir.resolve("nowhere").toString(), "--data", "credit",
                "--rows", "600", "--members", "train", "--non-members", "test", "--attack", "threshold", "--out",
                dir.resolve("none").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("veil: --model=" + dir.resolve("nowhere") + ": no model.zip"), r.err());
    }

    @Test
    void overlappingAndEmptyRowSetsAreRefused() {
        CliRun overlap = mia("o", "--members", "train:0-100", "--non-members", "train:50-150", "--attack", "threshold");
        assertEquals(2, overlap.code(), overlap.toString());
        assertTrue(overlap.err().startsWith("veil: --members train:0-100 and --non-members train:50-150 share 50 rows"),
                overlap.err());
        CliRun empty = mia("e", "--members", "train:5-5", "--non-members", "test", "--attack", "threshold");
        assertEquals(2, empty.code(), empty.toString());
        assertTrue(empty.err().contains("the member set is empty"), empty.err());
        CliRun range = mia("r", "--members", "train:0-9999", "--non-members", "test", "--attack", "threshold");
        assertEquals(2, range.code(), range.toString());
        assertTrue(range.err().contains("allowed: FROM <= TO <= 480"), range.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written on a refused run");
    }

    @Test
    void tooFewLiraModelsAndUnknownAttacksAreRefusedBeforeTraining() {
        CliRun lira = mia("l2", "--members", "train", "--non-members", "test", "--attack", "lira",
                "--shadow-models", "2");
        assertEquals(2, lira.code(), lira.toString());
        assertTrue(lira.err().startsWith("veil: --shadow-models=2, allowed: >= 4 for LiRA"), lira.err());
        assertFalse(Files.exists(dir.resolve("l2")), "no models trained");
        CliRun unknown = mia("u", "--members", "train", "--non-members", "test", "--attack", "guess");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().startsWith("veil: --attack=guess, allowed: threshold, shadow, lira, lira-offline, rmia"),
                unknown.err());
    }

    @Test
    void dataOtherThanTheModelsIsRefusedNamingBothHashes() throws Exception {
        String trained = RecordJson.read(model.resolve("record.json")).data().sha256();
        CliRun adult = CliRun.of("evaluate", "mia", "--model", model.toString(), "--data", "adult", "--members",
                "train:0-100", "--non-members", "test:0-100", "--attack", "threshold", "--out",
                dir.resolve("adult").toString());
        assertEquals(2, adult.code(), adult.toString());
        assertTrue(adult.err().startsWith("veil: the model was trained on credit (sha256 " + trained), adult.err());
        assertTrue(adult.err().contains("--data is adult (sha256 4b73a16de3b96fc1"), adult.err());
        // Same source, other encoding: the protected column left out of the features changes the width.
        CliRun width = mia("w", "--exclude-protected", "--members", "train", "--non-members", "test", "--attack",
                "threshold");
        assertEquals(2, width.code(), width.toString());
        assertTrue(width.err().contains("features, the data has"), width.err());
    }

    @Test
    void populationAttacksSayWhenNoPopulationIsLeft() {
        CliRun r = mia("p", "--members", "train", "--non-members", "test", "--attack", "rmia", "--shadow-models", "2");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no population rows left"), r.err());
        CliRun overlap = mia("p2", "--members", "train:0-50", "--non-members", "test:0-50", "--population",
                "test:40-120", "--attack", "rmia", "--shadow-models", "2");
        assertEquals(2, overlap.code(), overlap.toString());
        assertTrue(overlap.err().contains("--non-members test:0-50 and --population test:40-120 share 10 rows"),
                overlap.err());
    }
}
