package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/**
 * End-to-end tests of {@code veil pate analyze}. The votes are pate's reference histogram
 * (pate/src/test/resources/pate/votes-random.csv without its comment line: 300 queries x 10 classes,
 * 250 teachers, numpy default_rng(20180215), /work/refs/scripts/pate_reference.py).
 */
class PateAnalyzeCommandTest {
    private static final String[] CONFIDENT = {"--aggregator", "confident-gnmax", "--threshold", "200", "--sigma1",
        "150", "--sigma2", "40"};

    private static String votes() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(PateAnalyzeCommandTest.class.getResource("/pate/votes-random.csv"))
                .toURI()).toString();
    }

    /** The authors' order list: np.concatenate((np.arange(2, 100 + 1, .5), 2 .. 100.5, np.logspace(log10(100), log10(500), 100))). */
    private static String authorsOrders() {
        DoubleStream half = IntStream.rangeClosed(4, 201).mapToDouble(i -> i / 2.0);
        DoubleStream log = IntStream.range(0, 100).mapToDouble(i -> Math.pow(10, 2 + i * Math.log10(5) / 99));
        return DoubleStream.concat(half, log).mapToObj(Double::toString).collect(Collectors.joining(","));
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("pate", "analyze"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(new String[0]));
    }

    private static String[] with(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }

    @Test
    void matchesTheAuthorsAnalysisWithTheirOrdersAndConversion() throws Exception {
        CliRun r = run(with(CONFIDENT, "--votes", votes(), "--delta", "1e-5", "--orders", authorsOrders(),
                "--conversion", "classic", "--json"));
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        JsonNode j = RecordJson.mapper().readTree(r.out());
        // TF Privacy research/pate_2018 @03035d5, smooth_sensitivity_table._compute_rdp on these 300 queries,
        // T=200, sigma1=150, sigma2=40, delta=1e-5, compute_eps_from_delta: (1.4408392163490134, 17.5),
        // E[answered] 91.49721875172796 (pate/src/test/resources/pate/whole-run.csv)
        assertEquals(1.4408392163490134, j.get("epsilon").asDouble(), 1e-9 * 1.44);
        assertEquals(17.5, j.get("order").asDouble());
        assertEquals(91.49721875172796, j.get("answered").asDouble(), 1e-9 * 91.5);
        assertEquals("data-dependent", j.get("analysis").asText());
        assertEquals(1e-5, j.get("delta").asDouble());
        assertEquals("expected", j.get("cost").asText());
        assertTrue(j.get("dependsOnData").asBoolean());
    }

    @Test
    void gnMaxAndTheDataIndependentBoundMatchTheAuthors() throws Exception {
        String[] gn = {"--aggregator", "gnmax", "--sigma", "40", "--votes", votes(), "--delta", "1e-8", "--orders",
            authorsOrders(), "--conversion", "classic", "--json"};
        JsonNode dep = RecordJson.mapper().readTree(run(gn).out());
        // whole-run.csv: gnmax sigma 40, 300 queries, delta 1e-8: dependent (3.477214101457605, 12.0),
        // independent (3.90456807439523, 11.0)
        assertEquals(3.477214101457605, dep.get("epsilon").asDouble(), 1e-8);
        assertEquals(12.0, dep.get("order").asDouble());
        JsonNode ind = RecordJson.mapper().readTree(run(with(gn, "--analysis", "data-independent")).out());
        assertEquals(3.90456807439523, ind.get("epsilon").asDouble(), 1e-8);
        assertEquals(11.0, ind.get("order").asDouble());
        assertEquals("data-independent", ind.get("analysis").asText());
        assertFalse(ind.get("dependsOnData").asBoolean());
        assertEquals(300.0, ind.get("answered").asDouble());
    }

    @Test
    void realisedCostIsReproducibleWithANoiseSeedAndReleaseAddsItsCost() throws Exception {
        String[] args = with(CONFIDENT, "--votes", votes(), "--delta", "1e-5", "--cost", "realised", "--noise-seed",
                "5", "--queries", "120", "--json");
        CliRun a = run(args);
        CliRun b = run(args);
        assertEquals(0, a.code(), a.toString());
        assertEquals(a.out(), b.out());
        JsonNode j = RecordJson.mapper().readTree(a.out());
        assertEquals(120, j.get("queries").asInt());
        double answered = j.get("answered").asDouble();
        assertTrue(answered == Math.rint(answered) && answered > 0 && answered < 120, "answered " + answered);
        assertEquals("seeded", j.get("noiseSource").asText());
        JsonNode released = RecordJson.mapper().readTree(run(with(args, "--release-epsilon")).out()).get("release");
        assertTrue(released.get("releaseRdp").asDouble() > 0, released.toString());
        assertTrue(released.get("epsilon").asDouble() > 0, released.toString());
        assertTrue(released.get("guarantee").asText().contains("smooth sensitivity"), released.toString());
    }

    @Test
    void textOutputSaysWhatWasAnalysed() throws Exception {
        CliRun r = run(with(CONFIDENT, "--votes", votes(), "--delta", "1e-5"));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("confident-gnmax, 300 queries, 250 teachers, 10 classes"), r.out());
        assertTrue(r.out().contains("warning: data-dependent"), r.out());
    }

    @Test
    void badInputGivesOneLineErrors(@TempDir Path dir) throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "c0,c1\n3,7\n4,5,1\n");
        CliRun r = run(with(CONFIDENT, "--votes", ragged.toString(), "--delta", "1e-5"));
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().contains("ragged.csv, row 3") && r.err().strip().lines().count() == 1, r.err());

        CliRun sigma = run("--aggregator", "gnmax", "--sigma", "-1", "--votes", ragged.toString(), "--delta", "1e-5");
        assertEquals(2, sigma.code(), sigma.toString());
        assertTrue(sigma.err().contains("sigma=-1.0, allowed: > 0 and finite"), sigma.err());

        CliRun stray = run("--aggregator", "gnmax", "--sigma", "40", "--threshold", "200", "--votes",
                ragged.toString(), "--delta", "1e-5");
        assertEquals(2, stray.code(), stray.toString());
        assertTrue(stray.err().contains("--threshold does not apply to --aggregator gnmax"), stray.err());

        CliRun missing = run("--aggregator", "confident-gnmax", "--threshold", "200", "--votes", ragged.toString(),
                "--delta", "1e-5");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("--sigma1 is required"), missing.err());

        CliRun threshold = run("--aggregator", "confident-gnmax", "--threshold", "-3", "--sigma1", "1", "--sigma2",
                "1", "--votes", ragged.toString(), "--delta", "1e-5");
        assertEquals(2, threshold.code(), threshold.toString());
        assertTrue(threshold.err().contains("threshold=-3.0, allowed: >= 0 and finite"), threshold.err());
    }

    @Test
    void queriesBeyondTheFileAreRefused() throws Exception {
        CliRun r = run(with(CONFIDENT, "--votes", votes(), "--delta", "1e-5", "--queries", "301"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--queries=301, allowed: [1, 300]"), r.err());
    }
}
