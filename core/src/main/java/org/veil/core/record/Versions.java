package org.veil.core.record;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of Veil and the stack it ran on, for records and {@code veil --version}. */
public final class Versions {
    private static final Properties BUILD = load();

    private Versions() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/veil/core/veil-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }

    /** Veil's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String veil() {
        return BUILD.getProperty("veil.version", "unknown");
    }

    /** Veil, Java, DL4J/ND4J and Tribuo versions. */
    public static Map<String, String> current() {
        Map<String, String> v = new TreeMap<>();
        v.put("veil", veil());
        v.put("java", System.getProperty("java.version"));
        v.put("dl4j", BUILD.getProperty("dl4j.version", "unknown"));
        v.put("tribuo", BUILD.getProperty("tribuo.version", "unknown"));
        return v;
    }
}
