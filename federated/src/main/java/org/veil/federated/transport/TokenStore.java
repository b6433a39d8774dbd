package org.veil.federated.transport;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veil.core.error.DataFormatException;

/**
 * The server's table of client credentials: client id to the SHA-256 digest of its bearer token
 * (RFC 6750). Only digests are kept in memory, and a tokens file may hold only digests.
 *
 * <p>Tokens file format (docs/federated-transport.md): UTF-8 text, one {@code clientId token} or
 * {@code clientId sha256:<64 hex digits>} pair per line, separated by white space; lines that are
 * blank or start with {@code #} are ignored. Client ids match {@code [A-Za-z0-9._-]{1,64}}; tokens
 * have at least {@value #MIN_TOKEN_LENGTH} characters of RFC 6750 section 2.1 {@code b64token}
 * syntax (so they fit an HTTP header unchanged). Error messages name the file and line but never
 * repeat a token. {@link TokenFiles} writes such files.
 *
 * <p>Thread safety: immutable after loading; {@link #verify} and {@link #check} are safe from any
 * thread. Randomness: none.
 */
public final class TokenStore {

    /** Fewest characters a token may have (a 32-byte random token has 43 in base64url). */
    public static final int MIN_TOKEN_LENGTH = 16;

    /** The outcome of checking one presented credential. */
    public enum Verdict { ACCEPTED, UNKNOWN_CLIENT, WRONG_TOKEN }

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    // RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    private static final Pattern B64_TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final Pattern HASHED = Pattern.compile("sha256:(.*)");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    private final Map<String, byte[]> digests;
    /** Compared against when the client id is unknown, so both paths do the same work. */
    private final byte[] absentDigest = new byte[32];

    private TokenStore(Map<String, byte[]> digests) {
        this.digests = Collections.unmodifiableMap(digests);
    }

    /**
     * Reads a tokens file.
     *
     * @throws DataFormatException naming the file and line of the first malformed entry
     */
    public static TokenStore load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file.toString(), 0, null, "not UTF-8 text");
        }
        return parse(file.toString(), lines);
    }

    /** Parses the lines of a tokens file; {@code name} is used in error messages. */
    public static TokenStore parse(String name, List<String> lines) {
        Map<String, byte[]> digests = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int row = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 2) {
                throw new DataFormatException(name, row, null,
                        "expected 'clientId token' or 'clientId sha256:<hex>', found " + fields.length + " fields");
            }
            String id = fields[0];
            if (!isValidClientId(id)) {
                throw new DataFormatException(name, row, "clientId",
                        "client id must match [A-Za-z0-9._-]{1,64}");
            }
            Integer earlier = lineOf.putIfAbsent(id, row);
            if (earlier != null) {
                throw new DataFormatException(name, row, "clientId",
                        "client id '" + id + "' on line " + row + " duplicates line " + earlier);
            }
            digests.put(id, digestOfEntry(name, row, id, fields[1]));
        }
        if (digests.isEmpty()) {
            throw new DataFormatException(name, 0, null, "no client tokens (only blank or comment lines)");
        }
        return new TokenStore(digests);
    }

    private static byte[] digestOfEntry(String name, int row, String id, String secret) {
        Matcher hashed = HASHED.matcher(secret);
        if (hashed.matches()) {
            if (!HEX64.matcher(hashed.group(1)).matches()) {
                throw new DataFormatException(name, row, "token",
                        "hashed token of client '" + id + "' must be 'sha256:' followed by 64 hex digits");
            }
            return HexFormat.of().parseHex(hashed.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        String problem = tokenProblem(secret);
        if (problem != null) {
            throw new DataFormatException(name, row, "token", "token of client '" + id + "' " + problem);
        }
        return sha256(secret);
    }

    /**
     * Whether {@code token} is the token of {@code clientId}. Compares digests in constant time
     * ({@link MessageDigest#isEqual}); an unknown id costs the same digest and comparison.
     */
    public boolean verify(String clientId, String token) {
        return check(clientId, token) == Verdict.ACCEPTED;
    }

    /** Like {@link #verify} but says why a credential failed (for the server's log only). */
    public Verdict check(String clientId, String token) {
        byte[] presented = sha256(token == null ? "" : token);
        byte[] expected = clientId == null ? null : digests.get(clientId);
        boolean equal = MessageDigest.isEqual(expected == null ? absentDigest : expected, presented);
        if (expected == null) {
            return Verdict.UNKNOWN_CLIENT;
        }
        return equal ? Verdict.ACCEPTED : Verdict.WRONG_TOKEN;
    }

    /** The client ids, in file order. */
    public Set<String> clientIds() {
        return digests.keySet();
    }

    public int size() {
        return digests.size();
    }

    /** Whether {@code id} is a well-formed client id ({@code [A-Za-z0-9._-]{1,64}}). */
    public static boolean isValidClientId(String id) {
        return id != null && CLIENT_ID.matcher(id).matches();
    }

    /** Whether {@code token} is acceptable as a bearer token (length and RFC 6750 syntax). */
    public static boolean isValidToken(String token) {
        return token != null && tokenProblem(token) == null;
    }

    /** What is wrong with {@code token}, or null; never repeats the token. */
    static String tokenProblem(String token) {
        if (token.length() < MIN_TOKEN_LENGTH) {
            return "has " + token.length() + " characters, allowed: >= " + MIN_TOKEN_LENGTH;
        }
        if (!B64_TOKEN.matcher(token).matches()) {
            return "has characters outside RFC 6750 b64token (A-Z a-z 0-9 - . _ ~ + / and trailing =)";
        }
        return null;
    }

    /** The hashed form of a token as written in a tokens file: {@code sha256:<64 lower-case hex>}. */
    public static String hashedEntry(String token) {
        return "sha256:" + HexFormat.of().formatHex(sha256(token));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
