package org.veil.federated.transport;

import java.nio.file.Path;

/**
 * PEM files for TLS 1.3 (RFC 8446). On a server: its certificate chain and PKCS#8 private key,
 * and optionally the CA certificates it requires client certificates from (mutual TLS). On a
 * client: the CA certificates it trusts (null: the JVM's default trust store), and optionally its
 * own certificate chain and key for mutual TLS.
 *
 * <p>{@link DevCertificates} writes a self-signed pair for development; its certificate is also
 * what clients trust. Files are read when a server or channel is built, not here.
 *
 * <p>Thread safety: immutable.
 *
 * @param certificateChain    PEM certificate chain, leaf first, or null (client without mutual TLS)
 * @param privateKey          PEM PKCS#8 private key of the chain's leaf, or null with the chain
 * @param trustedCertificates PEM CA certificates to trust, or null (server: no client
 *                            certificates asked for; client: the JVM's default trust store)
 */
public record TlsFiles(Path certificateChain, Path privateKey, Path trustedCertificates) {

    public TlsFiles {
        if ((certificateChain == null) != (privateKey == null)) {
            throw new IllegalArgumentException("certificateChain=" + certificateChain + ", privateKey=" + privateKey
                    + ", allowed: both set or both null");
        }
    }

    /** A server's files: certificate chain and private key, no client certificates. */
    public static TlsFiles forServer(Path certificateChain, Path privateKey) {
        return new TlsFiles(requireFile(certificateChain, "certificateChain"), requireFile(privateKey, "privateKey"),
                null);
    }

    /** A client trusting {@code trustedCertificates} (null: the JVM's default trust store). */
    public static TlsFiles forClient(Path trustedCertificates) {
        return new TlsFiles(null, null, trustedCertificates);
    }

    /** Whether a certificate chain and key are present (required on a server). */
    public boolean hasKeyPair() {
        return certificateChain != null;
    }

    private static Path requireFile(Path path, String name) {
        if (path == null) {
            throw new IllegalArgumentException(name + "=null, allowed: a PEM file");
        }
        return path;
    }
}
