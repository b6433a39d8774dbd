package org.veil.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never a
 * half-written file: write a temporary file in the same directory, flush it to disk, then move it
 * over the target (atomically where the file system allows).
 */
public final class AtomicFiles {

    /** Writes what {@code writer} produces into a temporary file handed to it. */
    @FunctionalInterface
    public interface FileWriter {
        void writeTo(Path temporaryFile) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes}. Creates missing parent directories. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                out.write(bytes);
            }
        });
    }

    /**
     * Replaces {@code target} with the file {@code writer} writes to the (not yet existing) temporary path
     * it is given; on failure the target is untouched and the temporary file removed.
     */
    public static void write(Path target, FileWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // a fresh name in the same directory (same file system, so the move can be atomic); not created here,
        // so the file gets the normal permissions of the user's umask rather than createTempFile's 0600
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
        try {
            writer.writeTo(tmp);
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
