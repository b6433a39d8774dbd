package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.record.RecordJson;

/**
 * A server and five client JVMs on loopback with TLS 1.3 and bearer tokens: one client sends garbage every
 * round, one is killed after round 2; a client with a wrong token and a second client reusing a live id
 * are refused. The server must finish all rounds and log every rejection with its reason.
 */
class FedNetworkTest {

    private static final String[] DATA = {"--data", "credit", "--rows", "3000"};

    @Test
    void serverAndFiveClientProcessesFinishTenRoundsDespiteADropoutAndAMaliciousClient(@TempDir Path dir)
            throws Exception {
        assertEquals(0, CliRun.of("fed", "certs", "--out", dir.resolve("tls").toString()).code());
        assertEquals(0, CliRun.of("fed", "tokens", "--clients", "5", "--out", dir.resolve("tokens").toString()).code());
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("tokens"))) {
            if (line.startsWith("client-")) {
                String[] p = line.split("\\s+");
                tokens.put(p[0], p[1]);
            }
        }
        Path out = dir.resolve("server");
        CompletableFuture<CliRun> server = CompletableFuture.supplyAsync(() -> CliRun.of(concat(new String[] {"fed",
            "server", "--port", "0", "--host", "127.0.0.1", "--tls-cert", dir.resolve("tls/cert.pem").toString(),
            "--tls-key", dir.resolve("tls/key.pem").toString(), "--tokens", dir.resolve("tokens").toString(),
            "--rounds", "10", "--clients-per-round", "5", "--min-clients", "3", "--round-timeout", "60",
            "--session-timeout", "10", "--seed", "5", "--json", "--out", out.toString()}, DATA)));
        int port = awaitPort(out.resolve("events.jsonl"));
        List<Process> clients = new ArrayList<>();
        int k = 1;
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            String behaviour = t.getKey().equals("client-4") ? "garbage" : "honest";
            clients.add(client(dir, port, t.getKey(), t.getValue(), k++, behaviour));
        }
        awaitEvent(out.resolve("events.jsonl"), "\"round_completed\"", "\"round\":1,");
        clients.get(4).destroyForcibly(); // client-5 dies (SIGKILL) while the federation runs

        CliRun wrong = CliRun.of(concat(new String[] {"fed", "client", "--server", "127.0.0.1:" + port, "--id",
            "client-1", "--token", "x".repeat(43), "--tls-ca", dir.resolve("tls/cert.pem").toString()}, DATA));
        assertNotEquals(0, wrong.code(), wrong.toString());
        CliRun reused = CliRun.of(concat(new String[] {"fed", "client", "--server", "127.0.0.1:" + port, "--id",
            "client-2", "--token", tokens.get("client-2"), "--tls-ca", dir.resolve("tls/cert.pem").toString()}, DATA));
        assertNotEquals(0, reused.code(), reused.toString());

        CliRun done = server.get(10, TimeUnit.MINUTES);
        assertEquals(0, done.code(), done.toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(clients.get(i).waitFor(60, TimeUnit.SECONDS), "client " + (i + 1) + " exits after DONE");
            assertEquals(0, clients.get(i).exitValue(), "client " + (i + 1));
        }
        JsonNode json = RecordJson.mapper().readTree(done.out());
        assertEquals(10, json.get("rounds").asInt());
        assertTrue(json.get("rejectedUpdates").asInt() >= 9, "the garbage client is rejected each round: " + json);
        assertTrue(json.get("droppedUpdates").asInt() >= 1, "the killed client is dropped: " + json);
        assertTrue(json.get("testAccuracy").asDouble() > 0.6, json.toString());
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
            events.add(RecordJson.mapper().readTree(line));
        }
        assertTrue(has(events, "listening", "tls", "true"), "TLS on");
        assertTrue(has(events, "update_rejected", "client", "client-4")
                && reason(events, "update_rejected", "client-4").contains("NaN"), "garbage rejected with its reason");
        assertTrue(has(events, "client_dropped", "client", "client-5"), "dropout logged");
        assertTrue(reason(events, "auth_rejected", "client-1").contains("wrong token"), "wrong token logged");
        assertTrue(reason(events, "join_rejected", "client-2").contains("reused id"), "reused id logged");
    }

    private static Process client(Path dir, int port, String id, String token, int shard, String behaviour)
            throws Exception {
        Path tokenFile = dir.resolve(id + ".token");
        Files.writeString(tokenFile, token);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.veil.cli.Main", "fed", "client",
                "--server", "127.0.0.1:" + port, "--id", id, "--token", "@" + tokenFile,
                "--tls-ca", dir.resolve("tls/cert.pem").toString(), "--shard", shard + "/5", "--behaviour", behaviour));
        cmd.addAll(List.of(DATA));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(id + ".log").toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        pb.environment().put("OMP_NUM_THREADS", "1");
        return pb.start();
    }

    static int awaitPort(Path events) throws Exception {
        String line = awaitEvent(events, "\"listening\"", "");
        String address = RecordJson.mapper().readTree(line).get("address").asText();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    private static String awaitEvent(Path events, String type, String also) throws Exception {
        long until = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < until) {
            if (Files.exists(events)) {
                for (String line : Files.readAllLines(events)) {
                    if (line.contains(type) && line.contains(also)) {
                        return line;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no event " + type + " " + also + " in " + events);
    }

    private static boolean has(List<JsonNode> events, String type, String field, String value) {
        return events.stream().anyMatch(e -> type.equals(e.path("event").asText())
                && value.equals(e.path(field).asText()));
    }

    private static String reason(List<JsonNode> events, String type, String client) {
        return events.stream().filter(e -> type.equals(e.path("event").asText())
                && client.equals(e.path("client").asText())).map(e -> e.path("reason").asText()).findFirst().orElse("");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
