package org.veil.core.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.veil.core.error.DataFormatException;

/**
 * Reads a source file or an embedded resource into memory, gunzipping names that end in {@code .gz}.
 * Every failure becomes a one-line {@link DataFormatException} naming the file. Stateless and
 * thread-safe.
 */
final class SourceFiles {
    private static final String GZ = ".gz";

    private SourceFiles() {
    }

    /** The bytes of {@code file}, decompressed when its name ends in {@code .gz}. */
    static byte[] readMaybeGzip(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFormatException(file.toString(), 0, null, "cannot read the file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return file.getFileName().toString().endsWith(GZ) ? gunzip(file.toString(), raw) : raw;
    }

    /** The bytes of a gzip-compressed class-path resource (a packaging error if absent). */
    static byte[] gzipResource(String resource) {
        try (InputStream in = SourceFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("embedded resource " + resource + " is missing from the class path");
            }
            return gunzip(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new DataFormatException(resource, 0, null, "cannot read the embedded resource (" + e.getMessage() + ")");
        }
    }

    static byte[] gunzip(String name, byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataFormatException(name, 0, null, "not a valid gzip file (" + e.getMessage() + ")");
        }
    }
}
