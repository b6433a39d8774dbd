package org.veil.federated.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.error.DataFormatException;

class TokenStoreTest {

    private static final String TOKEN_A = "aaaaaaaaaaaaaaaa-1";
    private static final String TOKEN_B = "bbbbbbbbbbbbbbbb_2";

    @TempDir
    Path dir;

    @Test
    void readsPairsSkippingCommentsAndBlankLines() throws IOException {
        Path file = write("# header", "", "  alice   " + TOKEN_A + "  ", "\t# indented comment",
                "bob\t" + TOKEN_B);
        TokenStore store = TokenStore.load(file);
        assertEquals(List.of("alice", "bob"), List.copyOf(store.clientIds()));
        assertTrue(store.verify("alice", TOKEN_A));
        assertTrue(store.verify("bob", TOKEN_B));
        assertFalse(store.verify("alice", TOKEN_B), "another client's token");
        assertFalse(store.verify("carol", TOKEN_A), "unknown id");
        assertFalse(store.verify("alice", TOKEN_A + "x"));
        assertFalse(store.verify("alice", null));
        assertEquals(TokenStore.Verdict.UNKNOWN_CLIENT, store.check("carol", TOKEN_A));
        assertEquals(TokenStore.Verdict.WRONG_TOKEN, store.check("bob", TOKEN_A));
        assertEquals(TokenStore.Verdict.ACCEPTED, store.check("bob", TOKEN_B));
    }

    @Test
    void hashedEntriesVerifyTheOriginalToken() throws IOException {
        // GNU coreutils 9.1: printf %s aaaaaaaaaaaaaaaa-1 | sha256sum
        String hex = "d8f3abd6f1082f74e25864ff58c11b6deaf56e0ca05fc8467853f8b56e4f8f13";
        Path file = write("alice sha256:" + hex.toUpperCase(java.util.Locale.ROOT), "bob " + TOKEN_B);
        TokenStore store = TokenStore.load(file);
        assertTrue(store.verify("alice", TOKEN_A));
        assertFalse(store.verify("alice", "sha256:" + hex), "the hash itself is not the token");
        assertEquals("sha256:" + hex, TokenStore.hashedEntry(TOKEN_A));
    }

    @Test
    void weakTokenNamesFileAndLineButNotTheToken() throws IOException {
        Path file = write("alice " + TOKEN_A, "# c", "bob short-secret1");
        DataFormatException e = assertThrows(DataFormatException.class, () -> TokenStore.load(file));
        assertEquals(file.toString(), e.file());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("row 3"), e.getMessage());
        assertTrue(e.getMessage().contains("allowed: >= 16"), e.getMessage());
        assertFalse(e.getMessage().contains("short-secret1"), "the token must not be echoed");
    }

    @Test
    void duplicateIdNamesBothLines() throws IOException {
        Path file = write("alice " + TOKEN_A, "bob " + TOKEN_B, "", "alice " + TOKEN_B);
        DataFormatException e = assertThrows(DataFormatException.class, () -> TokenStore.load(file));
        assertEquals(4, e.row());
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("duplicates line 1"), e.getMessage());
    }

    @Test
    void otherMalformedLinesNameTheirLine() throws IOException {
        assertRow(2, "field", "alice " + TOKEN_A, "bob " + TOKEN_B + " extra");
        assertRow(1, "fields", "lonely");
        assertRow(1, "client id", "al/ice " + TOKEN_A);
        assertRow(1, "client id", "x".repeat(65) + " " + TOKEN_A);
        assertRow(2, "64 hex", "alice " + TOKEN_A, "bob sha256:abc");
        assertRow(1, "b64token", "alice tokenwith\"quote\"chars");
        assertRow(0, "no client tokens", "# only a comment", "");
    }

    @Test
    void generatedFileLoadsAndIsOwnerOnly() throws IOException {
        Path file = dir.resolve("sub/tokens.txt");
        Map<String, String> tokens = TokenFiles.generate(file, 12, new SecureRandom());
        assertEquals("client-01", tokens.keySet().iterator().next());
        TokenStore store = TokenStore.load(file);
        assertEquals(12, store.size());
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            assertEquals(43, e.getValue().length(), "32 bytes in unpadded base64url");
            assertTrue(store.verify(e.getKey(), e.getValue()));
        }
        assertEquals(12, tokens.values().stream().distinct().count());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path hashed = dir.resolve("server-tokens.txt");
        TokenFiles.write(hashed, tokens, true);
        String text = Files.readString(hashed);
        tokens.values().forEach(t -> assertFalse(text.contains(t), "hashed file holds no plain token"));
        TokenStore fromHashes = TokenStore.load(hashed);
        tokens.forEach((id, t) -> assertTrue(fromHashes.verify(id, t)));
    }

    @Test
    void writerRefusesWeakTokens() {
        assertThrows(IllegalArgumentException.class,
                () -> TokenFiles.write(dir.resolve("t"), Map.of("alice", "tooshort"), false));
        assertThrows(IllegalArgumentException.class,
                () -> TokenFiles.generate(dir.resolve("t"), 0, new SecureRandom()));
    }

    private void assertRow(long row, String fragment, String... lines) throws IOException {
        Path file = write(lines);
        DataFormatException e = assertThrows(DataFormatException.class, () -> TokenStore.load(file));
        assertEquals(row, e.row(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    private Path write(String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "tokens", ".txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
