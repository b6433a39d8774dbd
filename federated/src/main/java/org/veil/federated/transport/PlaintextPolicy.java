package org.veil.federated.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The rule for unencrypted connections: plaintext is allowed only to or on a loopback address
 * (where nobody else can listen) unless the operator sets the explicit {@code allowPlaintext}
 * flag. Decided before any socket is opened, so a refused configuration never dials or binds.
 *
 * <p>A host is loopback when it is {@code localhost} or when every address it resolves to is a
 * loopback address ({@link InetAddress#isLoopbackAddress}); a host that does not resolve is not.
 *
 * <p>Thread safety: stateless; safe from any thread. May block on a DNS lookup.
 */
public final class PlaintextPolicy {

    private PlaintextPolicy() {
    }

    /** Whether {@code host} (a name, an IPv4 literal, or an IPv6 literal with or without brackets) is loopback. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = unbracket(host.strip());
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            for (InetAddress a : addresses) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Throws unless plaintext to or on {@code host} is acceptable.
     *
     * @param role what the host is, for the message: "bind address" or "target host"
     * @throws IllegalArgumentException naming the host and the {@code allowPlaintext} flag
     */
    static void requirePlaintextAllowed(String host, String role, boolean allowPlaintext) {
        requirePlaintextAllowed(host, allowPlaintext || isLoopback(host), role, allowPlaintext);
    }

    /** As above, for a host already resolved by the caller ({@code loopback} says what it found). */
    static void requirePlaintextAllowed(String host, boolean loopback, String role, boolean allowPlaintext) {
        if (!allowPlaintext && !loopback) {
            throw new IllegalArgumentException("plaintext refused: " + role + " '" + host
                    + "' is not a loopback address; configure TLS (TlsFiles) or set allowPlaintext=true");
        }
    }

    /** The host part of an authority {@code host[:port]} or {@code [v6]:port}, brackets removed. */
    static String hostOfAuthority(String authority) {
        if (authority == null) {
            return "";
        }
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? hostPort : hostPort.substring(1, close);
        }
        int colon = hostPort.indexOf(':');
        boolean oneColon = colon >= 0 && colon == hostPort.lastIndexOf(':');
        return oneColon ? hostPort.substring(0, colon) : hostPort;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
