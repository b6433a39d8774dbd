package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/**
 * CSV clients encode their own files with the server's encoding (sent when they join): a client whose
 * file has other column order, an extra column and only two of the three colours (its own fit would give
 * other features) trains with the server; a client whose file lacks a column is refused with its name.
 */
class FedCsvClientTest {

    /** Rows of y in {a, b}; x in raw units (mean 100 or 130, sd 10); colour is noise. */
    private static List<String[]> rows(int n, long seed, String[] colours) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean b = r.nextBoolean();
            double x = (b ? 130 : 100) + 10 * r.nextGaussian();
            String c = colours[r.nextInt(colours.length)];
            out.add(new String[] {String.format(java.util.Locale.ROOT, "%.3f", x), c, b ? "b" : "a"});
        }
        return out;
    }

    private static Path csv(Path dir, String name, String header, List<String[]> rows, int[] order, String extra)
            throws Exception {
        StringBuilder s = new StringBuilder(header).append('\n');
        for (String[] r : rows) {
            List<String> f = new ArrayList<>();
            for (int j : order) {
                f.add(r[j]);
            }
            if (extra != null) {
                f.add(extra);
            }
            s.append(String.join(",", f)).append('\n');
        }
        Path p = dir.resolve(name);
        Files.writeString(p, s.toString());
        return p;
    }

    @Test
    void csvClientsTrainWithTheServersEncodingAndAClientWithoutAColumnIsRefused(@TempDir Path dir) throws Exception {
        String[] three = {"red", "green", "blue"};
        Path server = csv(dir, "server.csv", "x,colour,y", rows(600, 1, three), new int[] {0, 1, 2}, null);
        Path c1 = csv(dir, "c1.csv", "y,colour,x,note", rows(300, 2, new String[] {"red", "blue"}),
                new int[] {2, 1, 0}, "n/a");
        // c2 names its columns its own way and maps them with --rename
        Path c2 = csv(dir, "c2.csv", "value,color,target", rows(300, 3, three), new int[] {0, 1, 2}, null);
        Path bad = csv(dir, "bad.csv", "x,y", rows(50, 4, three), new int[] {0, 2}, null);
        assertEquals(0, CliRun.of("fed", "tokens", "--clients", "3", "--out", dir.resolve("tokens").toString()).code());
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("tokens"))) {
            if (line.startsWith("client-")) {
                tokens.add(line.split("\\s+")[1]);
            }
        }
        Path out = dir.resolve("out");
        CompletableFuture<CliRun> serverRun = CompletableFuture.supplyAsync(() -> CliRun.of("fed", "server", "--port",
                "0", "--host", "127.0.0.1", "--tokens", dir.resolve("tokens").toString(), "--rounds", "3",
                "--clients-per-round", "2", "--min-clients", "2", "--round-timeout", "60", "--session-timeout", "10",
                "--seed", "2", "--json", "--out", out.toString(), "--data", server.toString(), "--label", "y"));
        int port = FedNetworkTest.awaitPort(out.resolve("events.jsonl"));
        CliRun refused = client(port, "client-3", tokens.get(2), bad);
        assertNotEquals(0, refused.code(), refused.toString());
        assertTrue(refused.err().contains("colour") && !refused.err().strip().contains("\n"), refused.err());
        CompletableFuture<CliRun> one = CompletableFuture.supplyAsync(() -> client(port, "client-1", tokens.get(0), c1));
        CliRun unmapped = client(port, "client-2", tokens.get(1), c2, "--rename", "value=x,color=colour,nope=y");
        assertNotEquals(0, unmapped.code(), unmapped.toString());
        assertTrue(unmapped.err().contains("nope") && unmapped.err().contains("no such column to rename"),
                unmapped.err());
        CompletableFuture<CliRun> two = CompletableFuture.supplyAsync(() -> client(port, "client-2", tokens.get(1), c2,
                "--rename", "value=x,color=colour", "--rename", "target=y"));
        CliRun done = serverRun.get(5, TimeUnit.MINUTES);
        assertEquals(0, done.code(), done.toString());
        assertEquals(0, one.get(1, TimeUnit.MINUTES).code(), one.get().toString());
        assertEquals(0, two.get(1, TimeUnit.MINUTES).code(), two.get().toString());
        JsonNode json = RecordJson.mapper().readTree(done.out());
        assertEquals(3, json.get("rounds").asInt());
        assertEquals(0, json.get("rejectedUpdates").asInt(), json.toString());
        assertTrue(json.get("testAccuracy").asDouble() > 0.85, json.toString());
    }

    private static CliRun client(int port, String id, String token, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("fed", "client", "--server", "127.0.0.1:" + port, "--id", id,
                "--token", token, "--data", data.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }
}
