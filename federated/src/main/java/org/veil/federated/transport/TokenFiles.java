package org.veil.federated.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Creates tokens files in the format {@link TokenStore} reads: fresh random tokens for {@code n}
 * clients, and the hashed form of a set of tokens for a server that should keep no plain tokens.
 * Files are written atomically and readable by their owner only.
 *
 * <p>Thread safety: stateless; safe from any thread (the caller's {@link SecureRandom} is itself
 * thread safe). Randomness: each token is 32 bytes from the given {@link SecureRandom}, encoded as
 * unpadded base64url (RFC 4648 section 5), 43 characters.
 */
public final class TokenFiles {

    /** Random bytes per generated token (256 bits). */
    public static final int TOKEN_BYTES = 32;

    private static final String HEADER = "# Veil federated client tokens: clientId token (docs/federated-transport.md)\n";

    private TokenFiles() {
    }

    /**
     * Writes a tokens file for {@code clients} clients named {@code client-1 … client-n} (zero
     * padded to equal width) and returns the tokens, id to token, in file order.
     */
    public static Map<String, String> generate(Path file, int clients, SecureRandom random) throws IOException {
        if (clients < 1) {
            throw new IllegalArgumentException("clients=" + clients + ", allowed: >= 1");
        }
        Objects.requireNonNull(random, "random");
        String format = "client-%0" + String.valueOf(clients).length() + "d";
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 1; i <= clients; i++) {
            tokens.put(String.format(java.util.Locale.ROOT, format, i), newToken(random));
        }
        write(file, tokens, false);
        return Collections.unmodifiableMap(tokens);
    }

    /** A fresh token: {@value #TOKEN_BYTES} random bytes, base64url without padding. */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Writes {@code tokens} (id to plain token) as a tokens file; with {@code hashed} each token is
     * written as {@code sha256:<hex>} so the file can serve a server without revealing the tokens.
     *
     * @throws IllegalArgumentException if an id or token is malformed (the token is not repeated)
     */
    public static void write(Path file, Map<String, String> tokens, boolean hashed) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            if (!TokenStore.isValidClientId(e.getKey())) {
                throw new IllegalArgumentException("clientId='" + e.getKey() + "', allowed: [A-Za-z0-9._-]{1,64}");
            }
            String problem = e.getValue() == null ? "is missing" : TokenStore.tokenProblem(e.getValue());
            if (problem != null) {
                throw new IllegalArgumentException("token of client '" + e.getKey() + "' " + problem);
            }
            String secret = hashed ? TokenStore.hashedEntry(e.getValue()) : e.getValue();
            text.append(e.getKey()).append(' ').append(secret).append('\n');
        }
        OwnerOnlyFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
