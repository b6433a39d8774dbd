package org.veil.federated.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.veil.core.io.AtomicFiles;

/**
 * Writes a self-signed certificate and its private key for development and tests: an EC P-256
 * key pair and an X.509 certificate for {@code CN=veil-dev} whose subject alternative names are
 * {@code localhost}, {@code 127.0.0.1}, {@code ::1} and the given hosts. The certificate is its own
 * trust anchor: clients trust it with {@code TlsFiles.forClient(dir/cert.pem)}.
 *
 * <p>The key pair comes from the JDK's own {@code keytool} (run as a child process into a
 * temporary PKCS#12 keystore, its password passed through the environment rather than the
 * command line); the keystore is read back with {@link KeyStore} and written as PEM
 * ({@code cert.pem}, and {@code key.pem} in PKCS#8 with owner-only permissions). No extra
 * cryptography library is needed. For production, use certificates from your own CA.
 *
 * <p>Thread safety: stateless; safe from any thread (each call uses its own temporary directory).
 * Randomness: keytool's key generation (the platform SecureRandom); the keystore password comes
 * from a fresh {@link SecureRandom}.
 */
public final class DevCertificates {

    /** File name of the written certificate. */
    public static final String CERTIFICATE_FILE = "cert.pem";
    /** File name of the written private key. */
    public static final String KEY_FILE = "key.pem";

    private static final String ALIAS = "veil-dev";
    private static final Pattern DNS_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private DevCertificates() {
    }

    /**
     * Writes {@code dir/cert.pem} and {@code dir/key.pem} (replacing them) and returns them as a
     * server's {@link TlsFiles}.
     *
     * @param hostsOrIps extra names or IP literals for the certificate (may be empty)
     * @param validity   how long the certificate is valid, from one hour ago (clock skew); whole
     *                   days, rounded up
     */
    public static TlsFiles generate(Path dir, List<String> hostsOrIps, Duration validity) throws IOException {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity=" + validity + ", allowed: > 0");
        }
        String san = subjectAlternativeNames(hostsOrIps);
        long days = Math.max(1, (validity.toHours() + 23) / 24);
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, ".devcert");
        try {
            Path keystore = work.resolve("dev.p12");
            char[] password = newPassword();
            runKeytool(keystore, password, san, days);
            writePem(keystore, password, dir);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
        return TlsFiles.forServer(dir.resolve(CERTIFICATE_FILE), dir.resolve(KEY_FILE));
    }

    /** keytool's {@code SAN=} value: always localhost and both loopback addresses, then the given hosts. */
    static String subjectAlternativeNames(List<String> hostsOrIps) {
        Set<String> entries = new LinkedHashSet<>(List.of("dns:localhost", "ip:127.0.0.1", "ip:::1"));
        for (String host : hostsOrIps) {
            String h = host == null ? "" : host.strip();
            if (IPV4.matcher(h).matches() || IPV6.matcher(h).matches()) {
                entries.add("ip:" + h);
            } else if (DNS_NAME.matcher(h).matches()) {
                entries.add("dns:" + h);
            } else {
                throw new IllegalArgumentException("host='" + host + "', allowed: a DNS name or an IP literal");
            }
        }
        return String.join(",", entries);
    }

    private static char[] newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static void runKeytool(Path keystore, char[] password, String san, long days) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IOException("no keytool at " + keytool + " (a JDK or full JRE is needed to create dev certificates)");
        }
        // a short-lived JVM: the C1 compiler and serial GC halve keytool's start-up time
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-J-XX:+IgnoreUnrecognizedVMOptions",
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-genkeypair", "-alias", ALIAS,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=veil-dev", "-startdate", "-1H", "-validity", Long.toString(days),
                "-ext", "SAN=" + san, "-ext", "EKU=serverAuth,clientAuth",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass:env", "VEIL_DEV_STOREPASS", "-noprompt"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("VEIL_DEV_STOREPASS", new String(password));
        Process process = builder.start();
        try (InputStream out = process.getInputStream()) {
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }

    private static void writePem(Path keystore, char[] password, Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
            Certificate certificate = store.getCertificate(ALIAS);
            if (!"PKCS#8".equals(key.getFormat())) {
                throw new IOException("keytool produced a key in " + key.getFormat() + ", expected PKCS#8");
            }
            // RFC 7468: PEM is base64 in lines of 64 characters between BEGIN and END labels
            OwnerOnlyFiles.write(dir.resolve(KEY_FILE), pem("PRIVATE KEY", key.getEncoded()));
            AtomicFiles.write(dir.resolve(CERTIFICATE_FILE), pem("CERTIFICATE", certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the keystore keytool wrote: " + e.getMessage(), e);
        }
    }

    static byte[] pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        String text = "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
