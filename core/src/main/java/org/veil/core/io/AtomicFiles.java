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
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
        });
    }

    /** Replaces {@code target} with the file {@code writer} writes; on failure the target is untouched. */
    public static void write(Path target, FileWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
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
